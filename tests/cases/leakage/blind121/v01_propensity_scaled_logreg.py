"""Propensity model for the Q3 upsell campaign.

Pulls the campaign snapshot from the warehouse export and trains a
logistic regression on account-level features.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

CONFIG = {
    "snapshot_path": "data/marketing/upsell_snapshot_2023q3.parquet",
    "target": "purchased_upsell",
    "numeric": ["tenure_months", "seats", "monthly_spend", "logins_30d",
                "support_tickets_90d", "nps_last", "emails_opened_90d"],
    "categorical": ["plan", "region", "industry"],
    "test_size": 0.25,
    "seed": 17,
}


def load_snapshot(cfg):
    df = pd.read_parquet(cfg["snapshot_path"])
    df = df.drop_duplicates(subset="account_key")
    print(f"loaded {len(df):,} accounts, positive rate {df[cfg['target']].mean():.3f}")
    return df


def build_matrix(df, cfg):
    num = df[cfg["numeric"]].fillna(0)
    cat = pd.get_dummies(df[cfg["categorical"]].fillna("unknown"), drop_first=True)
    return pd.concat([num, cat], axis=1)


def main():
    cfg = CONFIG
    crm_export = load_snapshot(cfg)
    print(crm_export[cfg["numeric"]].describe().T)

    X = build_matrix(crm_export, cfg)
    y = crm_export[cfg["target"]].astype(int)

    scaler = StandardScaler()
    X_scaled = pd.DataFrame(scaler.fit_transform(X), columns=X.columns, index=X.index)

    X_tr, X_te, y_tr, y_te = train_test_split(
        X_scaled, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"]
    )

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_base = baseline.predict_proba(X_te)[:, 1]

    model = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
    model.fit(X_tr, y_tr)
    p_model = model.predict_proba(X_te)[:, 1]

    print("baseline AUC:", round(roc_auc_score(y_te, p_base), 4))
    print("model AUC:   ", round(roc_auc_score(y_te, p_model), 4))
    print("model AP:    ", round(average_precision_score(y_te, p_model), 4))
    print(classification_report(y_te, (p_model > 0.5).astype(int)))

    coefs = pd.Series(model.coef_[0], index=X.columns).sort_values()
    print("top drivers:\n", coefs.tail(10))
    print("top detractors:\n", coefs.head(10))


if __name__ == "__main__":
    main()
