"""
default_next_3m -- xgboost, hyper-parameters chosen on a validation block,
final model refit on train+validation and evaluated once on the test block.

    block      months                loans
    train      < 2021-10             all
    valid      2021-10 .. 2022-03    not in train
    test       >= 2022-04            not in train
"""
from itertools import product

import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "default_next_3m"
CUTS = {"valid": "2021-10-01", "test": "2022-04-01"}
FEATURES = [
    "loan_amount", "interest_rate", "term_months", "fico", "dti", "annual_income",
    "months_on_book", "balance", "utilization", "dpd", "n_late_30",
    "dpd_lag1", "dpd_lag2", "dpd_roll3_max", "pay_gap", "pay_gap_lag1",
    "grade_A", "grade_B", "grade_C", "grade_D", "grade_E", "grade_F", "grade_G",
]


def engineer(df):
    df = df.sort_values(["loan_id", "as_of_month"]).copy()
    g = df.groupby("loan_id")
    df["dpd_lag1"] = g["dpd"].shift(1)
    df["dpd_lag2"] = g["dpd"].shift(2)
    df["dpd_roll3_max"] = g["dpd"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    df["pay_gap"] = df["installment"] - df["payment_amount"]
    df["pay_gap_lag1"] = df.groupby("loan_id")["pay_gap"].shift(1)
    dummies = pd.get_dummies(df["grade"], prefix="grade", dtype=int)
    df = pd.concat([df, dummies], axis=1)
    for col in FEATURES:
        if col not in df:
            df[col] = 0
    return df


def split_blocks(df):
    v, t = pd.Timestamp(CUTS["valid"]), pd.Timestamp(CUTS["test"])
    blocks = {
        "train": df[df.as_of_month < v],
        "valid": df[(df.as_of_month >= v) & (df.as_of_month < t)],
        "test": df[df.as_of_month >= t],
    }
    train_loans = set(blocks["train"].loan_id)
    blocks["valid"] = blocks["valid"][~blocks["valid"].loan_id.isin(train_loans)]
    blocks["test"] = blocks["test"][~blocks["test"].loan_id.isin(train_loans)]
    return blocks


def metrics(y, p):
    return {"auc": roc_auc_score(y, p), "ap": average_precision_score(y, p), "brier": brier_score_loss(y, p)}


panel = engineer(pd.read_csv("train.csv", parse_dates=["as_of_month"]))
B = split_blocks(panel)
for k, v in B.items():
    print(f"{k:5s}: {len(v):>8,} rows, {v.loan_id.nunique():>6,} loans, rate {v[TARGET].mean():.4f}")

grid = {
    "max_depth": [3, 5, 7],
    "learning_rate": [0.03, 0.1],
    "min_child_weight": [1, 20],
}
trials = []
for md, lr, mcw in product(*grid.values()):
    m = XGBClassifier(n_estimators=400, max_depth=md, learning_rate=lr, min_child_weight=mcw,
                      subsample=0.8, colsample_bytree=0.8, tree_method="hist", eval_metric="logloss")
    m.fit(B["train"][FEATURES], B["train"][TARGET])
    res = metrics(B["valid"][TARGET], m.predict_proba(B["valid"][FEATURES])[:, 1])
    trials.append({"max_depth": md, "learning_rate": lr, "min_child_weight": mcw, **res})
    print(trials[-1])

trials = pd.DataFrame(trials).sort_values("auc", ascending=False)
print(trials.head())
best = trials.iloc[0][["max_depth", "learning_rate", "min_child_weight"]].to_dict()
best["max_depth"] = int(best["max_depth"])
print("best params (validation):", best)

# refit with the chosen settings on train + valid, then the test block once
dev = pd.concat([B["train"], B["valid"]])
final = XGBClassifier(n_estimators=400, subsample=0.8, colsample_bytree=0.8, tree_method="hist",
                      eval_metric="logloss", **best)
final.fit(dev[FEATURES], dev[TARGET])

y_test = B["test"][TARGET]
p_test = final.predict_proba(B["test"][FEATURES])[:, 1]
p_prior = np.full(len(y_test), dev[TARGET].mean())   # baseline: constant prior from dev
print("test model   :", {k: round(v, 4) for k, v in metrics(y_test, p_test).items()})
print("test baseline:", {"brier": round(brier_score_loss(y_test, p_prior), 4),
                         "ap": round(average_precision_score(y_test, p_prior), 4)})
