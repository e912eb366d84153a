"""Churn: forward-chaining validation with TimeSeriesSplit.

Rows are ordered by snapshot month so every validation fold lies strictly after
its training fold; a one-month gap mimics the lag between the snapshot and the
label becoming known.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["customer_id", "snapshot_month"])
    g = df.groupby("customer_id")
    out = df.assign(
        logins_mean_past=g["logins_30d"].transform(lambda s: s.shift().expanding().mean()),
        logins_vs_past=lambda d: d.eval("logins_30d - logins_mean_past"),
        failures_max_past=g["payment_failures_90d"].transform(lambda s: s.shift().expanding().max()),
        months_seen=g.cumcount(),
    )
    # back to calendar order for the forward-chaining splitter
    return out.sort_values(["snapshot_month", "customer_id"], kind="stable").reset_index(drop=True)


raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = engineer(raw)

per_month = df.groupby("snapshot_month").size()
print(per_month)
rows_per_month = int(per_month.median())

X = df.drop(columns=["snapshot_id", "customer_id", "snapshot_month", TARGET, *LEAKY])
y = df[TARGET]

pre = ColumnTransformer(
    [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
      make_column_selector(dtype_include=object))],
    remainder="passthrough",
)
model = make_pipeline(
    pre,
    HistGradientBoostingClassifier(
        categorical_features=[0, 1],  # plan, region come out first from the encoder
        max_iter=500, learning_rate=0.04, max_leaf_nodes=31, random_state=1,
    ),
)

tscv = TimeSeriesSplit(n_splits=5, gap=rows_per_month)
for k, (tr, va) in enumerate(tscv.split(X)):
    print(k, df.snapshot_month.iloc[tr].max().date(), "->",
          df.snapshot_month.iloc[va].min().date(), df.snapshot_month.iloc[va].max().date())

cv = cross_validate(
    model, X, y, cv=tscv,
    scoring={"auc": "roc_auc", "ap": "average_precision", "logloss": "neg_log_loss"},
    return_estimator=True, return_train_score=True,
)
report = pd.DataFrame({k: v for k, v in cv.items() if "score" in k})
print(report.round(4))
print(report.mean().round(4))

# is it overfitting? train vs val AUC gap per fold
gap = report["train_auc"] - report["test_auc"]
print("mean train-val AUC gap:", round(gap.mean(), 4))

last = cv["estimator"][-1]
test = engineer(pd.concat([raw, pd.read_csv("test.csv", parse_dates=["snapshot_month"])]))
test = test.loc[lambda d: d[TARGET].isna()]
pd.DataFrame({
    "snapshot_id": test.snapshot_id,
    "prediction": last.predict_proba(test[X.columns])[:, 1],
}).to_csv("predictions.csv", index=False)
