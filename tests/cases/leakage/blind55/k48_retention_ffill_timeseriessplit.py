"""Retention offer take-home: churn model on monthly account snapshots.

* telemetry gaps are carried forward from the previous snapshot in time order (never from the future)
* time-ordered CV: TimeSeriesSplit over snapshots sorted by month
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

USAGE_COLS = ["usage_hours_30d", "usage_change_pct", "support_tickets_90d"]
NUM = ["monthly_fee", "tenure_months", "support_tickets_90d", "usage_hours_30d", "usage_change_pct",
       "late_payments_12m", "discount_pct", "offer_sent", "month_of_year", "fee_per_usage_hour"]
CAT = ["plan"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)

df = df.sort_values(["snapshot_month", "account_id"]).reset_index(drop=True)
print("missing before:", df[USAGE_COLS].isna().sum().to_dict())
df[USAGE_COLS] = df[USAGE_COLS].ffill()
print("missing after:", df[USAGE_COLS].isna().sum().to_dict())


def add_features(frame):
    frame = frame.copy()
    frame["month_of_year"] = pd.to_datetime(frame["snapshot_month"]).dt.month
    frame["fee_per_usage_hour"] = frame["monthly_fee"] / frame["usage_hours_30d"].clip(lower=1)
    return frame


df = add_features(df)
X, y = df[NUM + CAT], df["churned"]


def build(estimator):
    prep = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")
    return Pipeline([("prep", prep), ("clf", estimator)])


tscv = TimeSeriesSplit(n_splits=5)
for tr, va in tscv.split(X):
    print(f"  fit {df.snapshot_month.iloc[tr].min()}..{df.snapshot_month.iloc[tr].max()}"
          f"  ->  score {df.snapshot_month.iloc[va].min()}..{df.snapshot_month.iloc[va].max()}")

candidates = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "hgb": HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=31, random_state=0),
}
for name, est in candidates.items():
    cv = cross_validate(build(est), X, y, cv=tscv, scoring=["roc_auc", "average_precision", "neg_log_loss"])
    print(f"{name:12s} AUC {cv['test_roc_auc'].mean():.4f}  AP {cv['test_average_precision'].mean():.4f}  "
          f"logloss {-cv['test_neg_log_loss'].mean():.4f}")
    print("   per fold AUC:", np.round(cv["test_roc_auc"], 4))

final = build(candidates["hgb"]).fit(X, y)
test = test.sort_values(["snapshot_month", "account_id"])
test[USAGE_COLS] = test[USAGE_COLS].ffill()
test = add_features(test)
pd.DataFrame({"account_id": test["account_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
