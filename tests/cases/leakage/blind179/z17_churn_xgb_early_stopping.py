"""XGBoost churn model with early stopping.

Holdout design: the last three labelled months (Jul-Sep), restricted to
customers with no snapshot before July - the same situation as test.csv,
which contains new customers in Oct-Dec.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
TASK = json.loads(Path("task.json").read_text())
EXCLUDE = {"snapshot_id", "customer_id", "snapshot_month", TARGET, *TASK["leaky_columns"]}


def features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id", sort=False)
    for col in ("logins_30d", "days_since_last_login", "support_tickets_30d"):
        prev = g[col].shift(1)
        df[f"{col}_prev"] = prev
        df[f"{col}_chg"] = df[col] - prev
        df[f"{col}_ewm"] = g[col].transform(lambda s: s.shift(1).ewm(halflife=2).mean())
    df["failures_any"] = (df["payment_failures_90d"] > 0).astype(int)
    df["first_snapshot"] = (g.cumcount() == 0).astype(int)
    return pd.get_dummies(df, columns=["plan", "region"], dtype=float)


def split_holdout(df: pd.DataFrame, cut: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    before = df[df["snapshot_month"] < cut]
    after = df[df["snapshot_month"] >= cut]
    return before, after[~after["customer_id"].isin(before["customer_id"])]


train = features(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
test = features(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
cols = [c for c in train.columns if c not in EXCLUDE]
test = test.reindex(columns=list(test.columns) + [c for c in cols if c not in test], fill_value=0.0)

dev, holdout = split_holdout(train, "2024-07-01")
print(f"dev={len(dev)} holdout={len(holdout)} holdout churn={holdout[TARGET].mean():.3%}")

model = xgb.XGBClassifier(
    n_estimators=3000, learning_rate=0.02, max_depth=5, min_child_weight=5,
    subsample=0.8, colsample_bytree=0.7, reg_lambda=2.0,
    eval_metric="auc", early_stopping_rounds=100, random_state=11)
model.fit(dev[cols], dev[TARGET],
          eval_set=[(holdout[cols], holdout[TARGET])], verbose=200)
best_rounds = model.best_iteration + 1
print("best iteration:", best_rounds)

p_hold = model.predict_proba(holdout[cols])[:, 1]
p_base = np.full(len(holdout), dev[TARGET].mean())  # prior-rate baseline
metrics = {
    "roc_auc": roc_auc_score(holdout[TARGET], p_hold),
    "average_precision": average_precision_score(holdout[TARGET], p_hold),
    "baseline_average_precision": average_precision_score(holdout[TARGET], p_base),
}
print(json.dumps(metrics, indent=2))
Path("metrics.json").write_text(json.dumps({"roc_auc": round(metrics["roc_auc"], 4)}))

final = xgb.XGBClassifier(
    n_estimators=best_rounds, learning_rate=0.02, max_depth=5, min_child_weight=5,
    subsample=0.8, colsample_bytree=0.7, reg_lambda=2.0, random_state=11)
final.fit(train[cols], train[TARGET])
test["prediction"] = final.predict_proba(test[cols])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
