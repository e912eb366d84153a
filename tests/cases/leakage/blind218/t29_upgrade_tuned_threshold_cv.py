"""Upgrade propensity -> who gets the sales-assist call.

Sales can call a limited share of trial users, so besides ranking quality the
model needs a probability cut-off. sklearn's TunedThresholdClassifierCV picks
the F1-optimal cut-off by cross-validation on the training users; the test
users are used once, for the final numbers.
"""
import numpy as np
import pandas as pd
import polars as pl
from sklearn.compose import make_column_transformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_score,
                             recall_score, roc_auc_score)
from sklearn.model_selection import StratifiedKFold, TunedThresholdClassifierCV, train_test_split
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
base_model = make_pipeline(pre, HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, random_state=5))

tuned = TunedThresholdClassifierCV(
    base_model,
    scoring="f1",
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=5),
    thresholds=100,
    store_cv_results=True,
    random_state=5,
)
tuned.fit(X_tr, y_tr)
print(f"threshold chosen by CV on train: {tuned.best_threshold_:.3f} (cv F1 {tuned.best_score_:.3f})")

cv_curve = pd.DataFrame({"thr": tuned.cv_results_["thresholds"], "f1": tuned.cv_results_["scores"]})
print(cv_curve.iloc[::10].round(3).to_string(index=False))

# ---- test, once ------------------------------------------------------------------
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
proba = tuned.predict_proba(X_te)[:, 1]
pred = tuned.predict(X_te)
report = pd.DataFrame({
    "dummy (prior)": {
        "roc_auc": roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]),
        "pr_auc": average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]),
        "f1": f1_score(y_te, dummy.predict(X_te), zero_division=0),
    },
    "hgb @ tuned threshold": {
        "roc_auc": roc_auc_score(y_te, proba),
        "pr_auc": average_precision_score(y_te, proba),
        "f1": f1_score(y_te, pred),
        "precision": precision_score(y_te, pred),
        "recall": recall_score(y_te, pred),
        "share_called": pred.mean(),
    },
})
print(report.round(3))
