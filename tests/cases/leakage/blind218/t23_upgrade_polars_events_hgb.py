"""Subscription upgrade take-home.

Goal: predict whether a trial user upgrades to a paid plan (`upgraded`), from
what they do in their first 7 days.

* events.parquet -> per-user activity features with polars (lazy)
* users.parquet  -> profile columns
* model: HistGradientBoosting with native categoricals
* baseline: logistic regression on two obvious activity counts
"""
import numpy as np
import pandas as pd
import polars as pl
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score
from sklearn.model_selection import train_test_split

FIRST_DAYS = 7
CATS = ["country", "platform", "acquisition_channel", "age_band"]

users = pl.scan_parquet("data/users.parquet")
events = pl.scan_parquet("data/events.parquet")

# only events within the first FIRST_DAYS days after signup
ev = (
    events.join(users.select("user_id", "signup_date"), on="user_id")
    .filter(pl.col("event_time") < pl.col("signup_date") + pl.duration(days=FIRST_DAYS))
)

activity = (
    ev.group_by("user_id")
    .agg(
        pl.len().alias("n_events"),
        pl.col("session_id").n_unique().alias("n_sessions"),
        pl.col("event_time").dt.date().n_unique().alias("active_days"),
        pl.col("duration_s").sum().alias("total_duration_s"),
        (pl.col("event_type") == "export").sum().alias("n_export"),
        (pl.col("event_type") == "share").sum().alias("n_share"),
        (pl.col("event_type") == "invite_teammate").sum().alias("n_invite"),
        (pl.col("event_type") == "paywall_view").sum().alias("n_paywall_view"),
        (pl.col("event_type") == "template_used").sum().alias("n_template"),
        pl.col("event_time").min().alias("first_event"),
    )
)

df = (
    users.join(activity, on="user_id", how="left")
    .with_columns(
        pl.col("^n_.*$").fill_null(0),
        pl.col("active_days").fill_null(0),
        pl.col("total_duration_s").fill_null(0),
        (pl.col("first_event") - pl.col("signup_date")).dt.total_hours().fill_null(24 * FIRST_DAYS)
        .alias("hours_to_first_event"),
        pl.col("signup_date").dt.weekday().alias("signup_dow"),
        pl.col(CATS).cast(pl.Categorical),
    )
    .drop("first_event")
    .collect()
)
print(df.shape, "upgrade rate:", round(df["upgraded"].mean(), 4))

FEATURES = [c for c in df.columns if c not in {
    "user_id", "signup_date", "upgraded", "plan_after_trial", "first_invoice_amount",
    "utm_campaign",  # ~900 levels, not worth it for a first model
}]
print("features:", FEATURES)

pdf = df.to_pandas()
X, y = pdf[FEATURES], pdf["upgraded"].astype(int)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=11)

# ---- baseline: 2-feature logistic regression ---------------------------------
base_cols = ["n_sessions", "n_paywall_view"]
baseline = LogisticRegression().fit(np.log1p(X_train[base_cols]), y_train)
p_base = baseline.predict_proba(np.log1p(X_test[base_cols]))[:, 1]

# ---- model ------------------------------------------------------------------------
hgb = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    max_iter=500,
    learning_rate=0.04,
    max_leaf_nodes=24,
    min_samples_leaf=30,
    early_stopping=True,
    scoring="roc_auc",
    validation_fraction=0.2,
    random_state=11,
)
hgb.fit(X_train, y_train)
p_hgb = hgb.predict_proba(X_test)[:, 1]

summary = pd.DataFrame({
    "roc_auc": [roc_auc_score(y_test, p_base), roc_auc_score(y_test, p_hgb)],
    "avg_precision": [average_precision_score(y_test, p_base), average_precision_score(y_test, p_hgb)],
    "f1@0.5": [f1_score(y_test, p_base > 0.5), f1_score(y_test, p_hgb > 0.5)],
}, index=["baseline logreg (2 feats)", "hgb"])
print(summary.round(4))

# where do upgrades concentrate? top-decile lift
order = np.argsort(-p_hgb)
top = order[: len(order) // 10]
print(f"top-decile upgrade rate {y_test.iloc[top].mean():.3f} vs overall {y_test.mean():.3f}")
