"""Churn -> retention campaign targeting (threshold picked on a validation window).

Layout (customers split into three disjoint groups, months into three windows):
  train: group A, Jan-Aug     -> fit the model
  valid: group B, Sep-Oct     -> choose the operating threshold
  test : group C, Nov-Dec     -> scored once, at the end
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
            "logins_30d", "days_since_last_login", "support_tickets_30d",
            "payment_failures_90d", "logins_drop", "tickets_3m"]


@dataclass
class OperatingPoint:
    threshold: float
    precision: float
    recall: float
    f1: float


def prepare(path: str) -> pd.DataFrame:
    return (
        pd.read_csv(path, parse_dates=["snapshot_month"])
        .sort_values(["customer_id", "snapshot_month"])
        .assign(
            logins_drop=lambda d: d.groupby("customer_id")["logins_30d"].diff().fillna(0).clip(upper=0).abs(),
            tickets_3m=lambda d: d.groupby("customer_id")["support_tickets_30d"]
                                  .rolling(3, min_periods=1).sum()
                                  .reset_index(level=0, drop=True),
        )
        .astype({"plan": "category", "region": "category"})
    )


def op_point(y: pd.Series, p: np.ndarray, t: float) -> OperatingPoint:
    yhat = (p >= t).astype(int)
    return OperatingPoint(t, precision_score(y, yhat, zero_division=0),
                          recall_score(y, yhat), f1_score(y, yhat))


df = prepare("train.csv")

rng = np.random.default_rng(2024)
customers = df["customer_id"].unique()
bucket = pd.Series(rng.choice(["A", "B", "C"], size=len(customers), p=[0.6, 0.2, 0.2]),
                   index=customers)
df = df.assign(bucket=df["customer_id"].map(bucket))

train = df.query("bucket == 'A' and snapshot_month < '2024-09-01'")
valid = df.query("bucket == 'B' and '2024-09-01' <= snapshot_month < '2024-11-01'")
test = df.query("bucket == 'C' and snapshot_month >= '2024-11-01'")
for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(f"{name:5s} rows={len(part):6d} customers={part.customer_id.nunique():5d} "
          f"churn={part[TARGET].mean():.3f}")

clf = HistGradientBoostingClassifier(categorical_features="from_dtype", learning_rate=0.05,
                                     max_iter=400, class_weight="balanced", random_state=11)
clf.fit(train[FEATURES], train[TARGET])

p_valid = clf.predict_proba(valid[FEATURES])[:, 1]
print("valid AUC:", round(roc_auc_score(valid[TARGET], p_valid), 4))

grid = np.linspace(0.05, 0.95, 91)
sweep = pd.DataFrame([vars(op_point(valid[TARGET], p_valid, t)) for t in grid])
best_t = float(sweep.loc[sweep["f1"].idxmax(), "threshold"])
print(sweep.iloc[::10].round(3))
print("threshold chosen on validation:", round(best_t, 2))

# one look at the test window
p_test = clf.predict_proba(test[FEATURES])[:, 1]
final = op_point(test[TARGET], p_test, best_t)
print(f"TEST  AUC {roc_auc_score(test[TARGET], p_test):.4f}  "
      f"precision {final.precision:.3f} recall {final.recall:.3f} F1 {final.f1:.3f}")
