"""Churn next month - baseline-to-boosting script.

Run from the bundle folder: python churn_model.py
Writes predictions.csv and prints the validation report used in the memo.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
NOT_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]
CATS = ["plan_type", "region", "contract_type"]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    for d in (tr, te):
        d["autopay"] = d["autopay"].astype(int)
        d["tenure_years"] = d["tenure_months"] / 12
        d["avg_charge"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    return tr, te


def make_model():
    pre = make_column_transformer((OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATS),
                                  remainder="passthrough")
    return make_pipeline(pre, HistGradientBoostingClassifier(learning_rate=0.06, max_leaf_nodes=31,
                                                             l2_regularization=1.0, random_state=3))


def bootstrap_auc(y, p, n=500, seed=0):
    rng = np.random.default_rng(seed)
    y, p = np.asarray(y), np.asarray(p)
    vals = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        if 0 < y[i].sum() < len(i):
            vals.append(roc_auc_score(y[i], p[i]))
    return np.percentile(vals, [2.5, 97.5])


def main():
    train, test = load()
    print("rows", len(train), "customers", train["customer_id"].nunique(), "churn", round(train[TARGET].mean(), 4))
    features = [c for c in train.columns if c not in NOT_FEATURES]

    tr, va = train_test_split(train, test_size=0.25, stratify=train[TARGET], random_state=3)
    print("train", tr.shape, "valid", va.shape)

    X_tr, y_tr = tr[features], tr[TARGET]
    X_va, y_va = va[features], va[TARGET]

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = make_model().fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]

    print("baseline AUC   ", round(roc_auc_score(y_va, base.predict_proba(X_va)[:, 1]), 4))
    print("model AUC      ", round(roc_auc_score(y_va, p), 4), "CI", bootstrap_auc(y_va, p).round(3))
    print("model PR AUC   ", round(average_precision_score(y_va, p), 4))
    print("brier          ", round(brier_score_loss(y_va, p), 4))

    report = va.assign(p=p)
    print(report.groupby("contract_type").agg(n=(TARGET, "size"), churn=(TARGET, "mean"), mean_p=("p", "mean")).round(3))
    top = report.nlargest(300, "p")
    print("top-300 hit rate", round(top[TARGET].mean(), 3), "vs base rate", round(report[TARGET].mean(), 3))

    final = make_model().fit(train[features], train[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
