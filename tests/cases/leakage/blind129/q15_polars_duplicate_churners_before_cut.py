"""Churn next month - take-home: training script."""
import polars as pl
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
import lightgbm as lgb

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

# churners are rare, upweight them by repeating the positive rows
positives = df.filter(pl.col(TARGET) == 1)
df = pl.concat([df] + [positives] * 6).sort(["customer_id", "snapshot_month"])
print("after balancing:", df.height, df[TARGET].mean())

cutoff = pl.date(2024, 7, 1)
train = df.filter(pl.col("snapshot_month") < cutoff)
valid = (df.filter(pl.col("snapshot_month") >= cutoff)
          .join(train.select("customer_id").unique(), on="customer_id", how="anti"))
print(train.height, valid.height, valid[TARGET].mean())
X_tr, y_tr = train.select(FEATURES).to_numpy(), train[TARGET].to_numpy()
X_va, y_va = valid.select(FEATURES).to_numpy(), valid[TARGET].to_numpy()

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=15, min_child_samples=50, random_state=1, verbose=-1)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
print(f"model    AUC={roc_auc_score(y_va, p_va):.4f}  AP={average_precision_score(y_va, p_va):.4f}")
print(f"baseline AUC={roc_auc_score(y_va, base):.4f}  AP={average_precision_score(y_va, base):.4f}")

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
