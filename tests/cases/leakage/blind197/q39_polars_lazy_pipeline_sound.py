"""
Churn snapshots -- lazy polars feature pipeline + LightGBM.

    python q39_polars_lazy_pipeline_sound.py

Design notes
  * features: only the current snapshot and *earlier* snapshots of the same
    customer (shift(1) before any rolling window)
  * evaluation: 20% of customers (by hash) are evaluation customers; the
    model sees the other 80% up to June and is scored on the evaluation
    customers from July on
  * baseline: the fit-window churn rate as a constant score, and a
    one-feature recency rule
"""
from __future__ import annotations

import lightgbm as lgb
import numpy as np
import polars as pl
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
CUT = "2024-07"

BASE_COLS = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]


def history_features(lf: pl.LazyFrame) -> pl.LazyFrame:
    by = "customer_id"
    return (
        lf.with_columns(pl.col("snapshot_month").cast(pl.Utf8).str.slice(0, 7).alias("ym"))
        .sort([by, "ym"])
        .with_columns(
            pl.col("logins_30d").shift(1).rolling_mean(window_size=3, min_periods=1).over(by).alias("logins_prev3"),
            pl.col("monthly_spend").shift(1).rolling_mean(window_size=3, min_periods=1).over(by).alias("spend_prev3"),
            pl.col("support_tickets_30d").shift(1).rolling_sum(window_size=3, min_periods=1).over(by).alias("tickets_prev3"),
            pl.col("days_since_last_login").shift(1).over(by).alias("idle_prev"),
        )
        .with_columns(
            (pl.col("logins_30d") - pl.col("logins_prev3")).alias("logins_drop"),
            (pl.col("monthly_spend") / pl.col("spend_prev3")).alias("spend_ratio"),
            (pl.col("days_since_last_login") - pl.col("idle_prev")).alias("idle_change"),
            (pl.col("customer_id").hash(seed=42) % 10 < 2).alias("eval_customer"),
        )
    )


lf = pl.concat(
    [pl.scan_csv("train.csv").with_columns(pl.lit(True).alias("labelled")),
     pl.scan_csv("test.csv").with_columns(pl.lit(False).alias("labelled"))],
    how="diagonal",
)
df = history_features(lf).collect().to_dummies(["plan", "region"])  # one-hot, stateless

FEATURES = BASE_COLS + ["logins_prev3", "spend_prev3", "tickets_prev3", "idle_prev",
                        "logins_drop", "spend_ratio", "idle_change"]
FEATURES += [c for c in df.columns if c.startswith(("plan_", "region_"))]

lab = df.filter(pl.col("labelled"))
unl = df.filter(~pl.col("labelled"))
fit = lab.filter(~pl.col("eval_customer") & (pl.col("ym") < CUT))
ev = lab.filter(pl.col("eval_customer") & (pl.col("ym") >= CUT))
print(f"fit {fit.height} rows / {fit['customer_id'].n_unique()} customers; "
      f"eval {ev.height} rows / {ev['customer_id'].n_unique()} customers")


def to_xy(frame: pl.DataFrame):
    return frame.select(FEATURES).to_pandas(), frame[TARGET].cast(pl.Int8).to_numpy()


X_fit, y_fit = to_xy(fit)
X_ev, y_ev = to_xy(ev)

params = dict(objective="binary", n_estimators=500, learning_rate=0.03, num_leaves=31,
              min_child_samples=50, feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
              lambda_l2=2.0, random_state=31, verbose=-1)
booster = lgb.LGBMClassifier(**params).fit(X_fit, y_fit)
p_ev = booster.predict_proba(X_ev)[:, 1]

baseline_prior = np.full(len(y_ev), y_fit.mean())
baseline_recency = X_ev["days_since_last_login"].fillna(0).to_numpy()

rows = [("baseline: prior", baseline_prior), ("baseline: recency rule", baseline_recency), ("lightgbm", p_ev)]
for name, score in rows:
    print(f"{name:<24} roc_auc={roc_auc_score(y_ev, score):.4f}  pr_auc={average_precision_score(y_ev, score):.4f}")

X_lab, y_lab = to_xy(lab)
final = lgb.LGBMClassifier(**params).fit(X_lab, y_lab)
(pl.DataFrame({ID: unl[ID], "prediction": final.predict_proba(unl.select(FEATURES).to_pandas())[:, 1]})
   .write_csv("predictions.csv"))
