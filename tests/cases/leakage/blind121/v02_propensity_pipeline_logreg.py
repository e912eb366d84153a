"""Propensity model for the Q3 upsell campaign (v2).

Same snapshot as before; preprocessing now lives in a ColumnTransformer.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

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


def make_pipeline(cfg):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), cfg["numeric"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cfg["categorical"]),
    ])
    clf = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
    return Pipeline([("pre", pre), ("clf", clf)])


def main():
    cfg = CONFIG
    crm_export = load_snapshot(cfg)
    print(crm_export[cfg["numeric"]].describe().T)

    X = crm_export[cfg["numeric"] + cfg["categorical"]]
    y = crm_export[cfg["target"]].astype(int)

    X_tr, X_te, y_tr, y_te = train_test_split(
        X, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"]
    )

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_base = baseline.predict_proba(X_te)[:, 1]

    pipe = make_pipeline(cfg)
    pipe.fit(X_tr, y_tr)
    p_model = pipe.predict_proba(X_te)[:, 1]

    print("baseline AUC:", round(roc_auc_score(y_te, p_base), 4))
    print("model AUC:   ", round(roc_auc_score(y_te, p_model), 4))
    print("model AP:    ", round(average_precision_score(y_te, p_model), 4))
    print(classification_report(y_te, (p_model > 0.5).astype(int)))

    names = pipe.named_steps["pre"].get_feature_names_out()
    coefs = pd.Series(pipe.named_steps["clf"].coef_[0], index=names).sort_values()
    print("top drivers:\n", coefs.tail(10))


if __name__ == "__main__":
    main()
