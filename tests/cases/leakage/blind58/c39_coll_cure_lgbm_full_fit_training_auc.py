#!/usr/bin/env python3
"""Self-cure propensity - final model.

Time box was tight, so the model is trained on all labelled cases and its fit is
summarised with training AUC / Gini and a decile table.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score

TARGET = "paid_30d"
FEATURES_NUM = ["days_past_due", "arrears_amount", "outstanding_balance", "num_contacts_7d", "rpc_rate",
                "days_since_last_payment", "prior_delinquencies_12m", "broken_promises_12m",
                "customer_age", "tenure_months"]
FEATURES_CAT = ["product", "collector_team", "region", "channel", "income_band"]

PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "verbose": -1,
    "seed": 3,
}
CAT_LEVELS = {
    "product": ["card", "personal_loan", "overdraft", "auto", "bnpl"],
    "channel": ["branch", "online", "broker", "mobile"],
    "income_band": ["<20k", "20-40k", "40-70k", "70-120k", "120k+"],
}


def prepare(df):
    out = df[FEATURES_NUM].copy()
    out["arrears_ratio"] = df["arrears_amount"] / df["outstanding_balance"].clip(lower=1)
    out["contact_intensity"] = df["num_contacts_7d"] * df["rpc_rate"].fillna(0)
    for col, levels in CAT_LEVELS.items():
        out[col] = pd.Categorical(df[col], categories=levels)
    out["collector_team"] = df["collector_team"].str.extract(r"(\d+)", expand=False).astype(float)
    out["region"] = pd.Categorical(df["region"], categories=["north", "south", "east", "west", "central"])
    return out


def decile_table(y, p):
    t = pd.DataFrame({"y": y, "p": p})
    t["decile"] = pd.qcut(t["p"].rank(method="first"), 10, labels=list(range(10, 0, -1)))
    g = t.groupby("decile", observed=True).agg(n=("y", "size"), cures=("y", "sum"), avg_p=("p", "mean"))
    g["cure_rate"] = g["cures"] / g["n"]
    return g.sort_index(ascending=False)


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    X, y = prepare(train), train[TARGET].values

    dtrain = lgb.Dataset(X, label=y)
    booster = lgb.train(PARAMS, dtrain, num_boost_round=600)

    p = booster.predict(X)
    auc = roc_auc_score(y, p)
    print(f"training AUC {auc:.4f}  Gini {2 * auc - 1:.4f}")
    print(decile_table(y, p).round(3).to_string())

    gain = pd.Series(booster.feature_importance("gain"), index=X.columns)
    print((gain / gain.sum()).sort_values(ascending=False).round(3).to_string())

    preds = booster.predict(prepare(test))
    pd.DataFrame({"case_id": test["case_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
    print(f"{len(preds)} predictions, mean {np.mean(preds):.3f}")


if __name__ == "__main__":
    main()
