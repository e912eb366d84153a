"""Churn model for the take-home.

Train on the earlier snapshots, validate on the last three months, then refit
on everything and score test.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned"
LEAKY = ["cancellation_reason", "retention_call_made"]
CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments"]
HIST = ["tickets_prev", "usage_prev", "usage_delta", "charges_3m"]


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    return df.drop(columns=LEAKY, errors="ignore")


def add_history(df):
    """Lagged features per customer, only looking at earlier months."""
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["tickets_prev"] = g["support_tickets"].shift(1)
    df["usage_prev"] = g["usage_gb"].shift(1)
    df["usage_delta"] = df["usage_gb"] - df["usage_prev"]
    df["charges_3m"] = g["monthly_charges"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean()
    )
    return df


def encode(df, columns=None):
    X = pd.get_dummies(df[NUM + HIST + CAT], columns=CAT, dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def top_decile_precision(y, p):
    k = max(1, int(len(p) * 0.1))
    order = np.argsort(-p)[:k]
    return float(np.asarray(y)[order].mean())


def make_model():
    return HistGradientBoostingClassifier(
        max_iter=300,
        learning_rate=0.05,
        max_leaf_nodes=31,
        l2_regularization=1.0,
        early_stopping=False,
        random_state=7,
    )


def main():
    df = add_history(load("train.csv"))
    print(df.shape, df[TARGET].mean())

    cutoff = df["snapshot_month"].max() - pd.DateOffset(months=3)
    train = df[df["snapshot_month"] <= cutoff]
    valid = df[df["snapshot_month"] > cutoff]
    print(f"train: {len(train)} rows up to {cutoff.date()}, valid: {len(valid)} rows")
    shared = set(train["customer_id"]) & set(valid["customer_id"])
    print("customers present on both sides:", len(shared))

    X_tr = encode(train)
    X_va = encode(valid, columns=X_tr.columns)
    model = make_model()
    model.fit(X_tr, train[TARGET])

    p = model.predict_proba(X_va)[:, 1]
    print("valid ROC AUC        ", round(roc_auc_score(valid[TARGET], p), 4))
    print("valid PR AUC         ", round(average_precision_score(valid[TARGET], p), 4))
    print("precision @ top 10%  ", round(top_decile_precision(valid[TARGET], p), 4))

    # by month, to see whether it degrades further out
    for month, part in valid.assign(p=p).groupby("snapshot_month"):
        if part[TARGET].nunique() == 2:
            print(month.date(), round(roc_auc_score(part[TARGET], part["p"]), 4))

    # final model on all labelled months
    test = load("test.csv")
    full = add_history(pd.concat([df.drop(columns=HIST), test], ignore_index=True))
    test_feats = full[full["snapshot_id"].isin(test["snapshot_id"])]

    X_all = encode(df)
    final = make_model().fit(X_all, df[TARGET])
    X_test = encode(test_feats, columns=X_all.columns)
    pd.DataFrame(
        {"snapshot_id": test_feats["snapshot_id"], "prediction": final.predict_proba(X_test)[:, 1]}
    ).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
