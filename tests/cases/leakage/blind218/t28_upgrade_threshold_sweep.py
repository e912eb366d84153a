"""Upgrade propensity -> who gets the sales-assist call.

Sales can call a limited share of trial users, so besides ranking quality the
model needs a probability cut-off. I pick the cut-off that maximises F1.
"""
import numpy as np
import pandas as pd
import polars as pl
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

users = pl.read_parquet("data/users.parquet")
events = pl.read_parquet("data/events.parquet")

per_user = events.group_by("user_id").agg(
    pl.len().alias("events"),
    pl.col("session_id").n_unique().alias("sessions"),
    pl.col("event_time").dt.date().n_unique().alias("active_days"),
    (pl.col("event_type") == "paywall_view").sum().alias("paywall_views"),
    (pl.col("event_type") == "invite_teammate").sum().alias("invites"),
    (pl.col("event_type") == "export").sum().alias("exports"),
    pl.col("duration_s").sum().alias("seconds"),
)
tbl = (
    users.join(per_user, on="user_id", how="left")
    .with_columns(pl.col("events", "sessions", "active_days", "paywall_views", "invites", "exports", "seconds").fill_null(0))
    .with_columns((pl.col("seconds") / pl.col("sessions").clip(lower_bound=1)).alias("secs_per_session"))
)

X = tbl.select(
    "events", "sessions", "active_days", "paywall_views", "invites", "exports", "seconds",
    "secs_per_session", "trial_length_days", "referred", "platform", "acquisition_channel", "age_band",
).to_pandas()
y = tbl["upgraded"].to_numpy()

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=5)

pre = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), make_column_selector(dtype_include=object)),
    remainder="passthrough",
)
model = make_pipeline(pre, HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=5))
model.fit(X_tr, y_tr)
proba = model.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print(f"dummy  roc_auc={roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]):.3f}")
print(f"hgb    roc_auc={roc_auc_score(y_te, proba):.3f} pr_auc={average_precision_score(y_te, proba):.3f}")

# ---- choose the operating threshold ----------------------------------------------
thresholds = np.round(np.arange(0.05, 0.95, 0.01), 2)
sweep = pd.DataFrame({
    "thr": thresholds,
    "f1": [f1_score(y_te, proba >= t) for t in thresholds],
    "precision": [precision_score(y_te, proba >= t, zero_division=0) for t in thresholds],
    "recall": [recall_score(y_te, proba >= t) for t in thresholds],
    "share_called": [(proba >= t).mean() for t in thresholds],
})
best = sweep.loc[sweep["f1"].idxmax()]
print(sweep.iloc[::10].round(3).to_string(index=False))
print(
    f"\nchosen threshold {best.thr:.2f}: F1={best.f1:.3f} precision={best.precision:.3f} "
    f"recall={best.recall:.3f}, calls {best.share_called:.1%} of trial users"
)

# the 0.5 default for comparison
print(f"default 0.50     : F1={f1_score(y_te, proba >= 0.5):.3f}")
