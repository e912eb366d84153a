"""Churn next month - take-home: training script."""
import polars as pl
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold, cross_val_score

TARGET = "churned_next_month"
lf = pl.scan_csv("train.csv", try_parse_dates=True)
print(lf.collect_schema())
summary = (lf.group_by("snapshot_month")
             .agg(pl.len().alias("rows"), pl.col(TARGET).mean().alias("churn_rate"))
             .sort("snapshot_month")
             .collect())
print(summary)
plt.figure(figsize=(9, 3))
plt.bar(summary["snapshot_month"].cast(pl.Utf8).to_list(), summary["churn_rate"].to_list())
plt.xticks(rotation=90)
plt.show()

def add_features(frame: pl.LazyFrame) -> pl.LazyFrame:
    return (
        frame.sort(["customer_id", "snapshot_month"])
        .with_columns(
            pl.col("monthly_spend").shift(1).over("customer_id").alias("spend_lag1"),
            pl.col("monthly_spend").shift(1).rolling_mean(3, min_periods=1).over("customer_id").alias("spend_roll3"),
            pl.col("support_tickets").shift(1).rolling_sum(3, min_periods=1).over("customer_id").alias("tickets_roll3"),
            (pl.col("logins_30d") - pl.col("logins_30d").shift(1).over("customer_id")).alias("logins_delta"),
            pl.col("plan_type").eq("annual").cast(pl.Int8).alias("is_annual"),
        )
        .with_columns(pl.col(["spend_lag1", "spend_roll3", "tickets_roll3", "logins_delta"]).fill_null(0))
    )

df = add_features(lf).collect()
FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "logins_30d", "payment_failures",
            "spend_lag1", "spend_roll3", "tickets_roll3", "logins_delta", "is_annual"]
print(df.select(FEATURES).describe())

X_all = df.select(FEATURES).to_numpy()
y_all = df[TARGET].to_numpy()
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, min_child_samples=50, random_state=1, verbose=-1)
auc = cross_val_score(clf, X_all, y_all, cv=cv, scoring="roc_auc")
ap = cross_val_score(clf, X_all, y_all, cv=cv, scoring="average_precision")
base_ap = cross_val_score(DummyClassifier(strategy="prior"), X_all, y_all, cv=cv, scoring="average_precision")
print("CV AUC", auc.round(4), auc.mean())
print("CV AP ", ap.mean(), "| prior baseline AP", base_ap.mean())

test_lf = pl.scan_csv("test.csv", try_parse_dates=True)
both = pl.concat([lf.with_columns(pl.lit(False).alias("_is_test")),
                  test_lf.with_columns(pl.lit(True).alias("_is_test"), pl.lit(None, dtype=pl.Int64).alias(TARGET))],
                 how="diagonal_relaxed")
both = add_features(both).collect()
hist = both.filter(~pl.col("_is_test"))
todo = both.filter(pl.col("_is_test"))
clf.fit(hist.select(FEATURES).to_numpy(), hist[TARGET].to_numpy())
pred = clf.predict_proba(todo.select(FEATURES).to_numpy())[:, 1]
pl.DataFrame({"snapshot_id": todo["snapshot_id"], "prediction": pred}).write_csv("predictions.csv")
print("wrote", todo.height, "predictions")
