"""Churn take-home in polars + LightGBM.

Window expressions `.over("customer_id")` on frames sorted by
(customer_id, snapshot_month) give each snapshot its customer's history.
"""
import json

import lightgbm as lgb
import numpy as np
import polars as pl
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
CUT = pl.date(2024, 7, 1)


def load(path: str) -> pl.DataFrame:
    return (
        pl.read_csv(path, try_parse_dates=True)
        .with_columns(pl.col("snapshot_month").cast(pl.Date))
        .sort(["customer_id", "snapshot_month"])
    )


def history(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        pl.col("logins_30d").shift(1).over("customer_id").alias("logins_prev"),
        pl.col("support_tickets_30d").shift(1).over("customer_id").alias("tickets_prev"),
        pl.col("days_since_last_login").shift(1).over("customer_id").alias("dsll_prev"),
        pl.col("logins_30d").shift(1).rolling_mean(window_size=3, min_periods=1)
          .over("customer_id").alias("logins_prev_mean3"),
        pl.col("payment_failures_90d").shift(1).over("customer_id").alias("failures_prev"),
        pl.col("logins_30d").shift(-1).over("customer_id").alias("logins_next"),
        pl.int_range(pl.len()).over("customer_id").alias("snapshots_before"),
        (pl.col("plan") == "premium").cast(pl.Int8).alias("plan_premium"),
        (pl.col("plan") == "basic").cast(pl.Int8).alias("plan_basic"),
    ).with_columns(
        (pl.col("logins_30d") - pl.col("logins_prev")).alias("logins_change"),
        (pl.col("logins_next") - pl.col("logins_30d")).alias("logins_trend"),
    )


train = history(load("train.csv"))
test = history(load("test.csv"))
drop = {"snapshot_id", "customer_id", "snapshot_month", "plan", "region", TARGET,
        *task["leaky_columns"]}
features = [c for c in train.columns if c not in drop]
print(features)

fit = train.filter(pl.col("snapshot_month") < CUT)
seen = fit.get_column("customer_id").unique()
val = train.filter((pl.col("snapshot_month") >= CUT) & ~pl.col("customer_id").is_in(seen))
print(f"fit {fit.height} rows, validation {val.height} rows")

X_fit, y_fit = fit.select(features).to_pandas(), fit.get_column(TARGET).to_numpy()
X_val, y_val = val.select(features).to_pandas(), val.get_column(TARGET).to_numpy()

model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.04, num_leaves=31,
                           min_child_samples=40, random_state=8, verbose=-1)
model.fit(X_fit, y_fit)
p_val = model.predict_proba(X_val)[:, 1]
p_base = np.full_like(p_val, y_fit.mean())  # baseline: fit-period churn rate

print(f"baseline ROC AUC {roc_auc_score(y_val, p_base):.3f} PR AUC {average_precision_score(y_val, p_base):.3f}")
print(f"lightgbm ROC AUC {roc_auc_score(y_val, p_val):.3f} PR AUC {average_precision_score(y_val, p_val):.3f}")

model.fit(train.select(features).to_pandas(), train.get_column(TARGET).to_numpy())
pred = model.predict_proba(test.select(features).to_pandas())[:, 1]
test.select("snapshot_id").with_columns(pl.Series("prediction", pred)).write_csv("predictions.csv")
