"""Upgrade prediction from in-app behaviour sequences.

Idea: it's not just *how much* people use the app in the trial but *how*:
bursts vs. steady use, how quickly they come back, whether sessions get longer.
Features are computed per user over the event log of the first 7 days
(sorted by time), then aggregated to one row per user.
"""
import numpy as np
import pandas as pd
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

WINDOW_DAYS = 7

users = pl.read_parquet("data/users.parquet")
events = (
    pl.read_parquet("data/events.parquet")
    .join(users.select("user_id", "signup_date"), on="user_id")
    .filter(pl.col("event_time") < pl.col("signup_date") + pl.duration(days=WINDOW_DAYS))
    .sort("user_id", "event_time")
)

# --- event-level sequence features -------------------------------------------------
ev = events.with_columns(
    # minutes until the user's next event (how fast do they come back?)
    (pl.col("event_time").shift(-1) - pl.col("event_time")).over("user_id").dt.total_minutes().alias("mins_to_next"),
    # rolling 5-event average duration -> are sessions getting longer?
    pl.col("duration_s").rolling_mean(window_size=5, min_samples=1).over("user_id").alias("dur_roll5"),
    pl.col("event_time").rank("ordinal").over("user_id").alias("event_idx"),
)

# --- aggregate to users ---------------------------------------------------------------
seq = ev.group_by("user_id").agg(
    pl.len().alias("n_events"),
    pl.col("mins_to_next").median().alias("median_mins_to_next"),
    (pl.col("mins_to_next") > 24 * 60).sum().alias("n_day_gaps"),
    (pl.col("dur_roll5").last() - pl.col("dur_roll5").first()).alias("dur_trend"),
    pl.col("session_id").n_unique().alias("n_sessions"),
    (pl.col("event_type") == "paywall_view").sum().alias("n_paywall"),
    pl.col("event_idx").filter(pl.col("event_type") == "paywall_view").min().alias("first_paywall_idx"),
)

data = (
    users.join(seq, on="user_id", how="left")
    .with_columns(
        pl.col("n_events", "n_sessions", "n_paywall", "n_day_gaps").fill_null(0),
        pl.col("platform", "acquisition_channel", "age_band").cast(pl.Categorical),
    )
)
FEATS = ["n_events", "median_mins_to_next", "n_day_gaps", "dur_trend", "n_sessions", "n_paywall",
         "first_paywall_idx", "trial_length_days", "referred", "platform", "acquisition_channel", "age_band"]
X = data.select(FEATS).to_pandas()
y = data["upgraded"].to_numpy()
print(X.shape, y.mean())

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

hgb = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300,
                                     learning_rate=0.05, random_state=8)
cv_auc = cross_val_score(hgb, X_tr, y_tr, cv=StratifiedKFold(5, shuffle=True, random_state=8), scoring="roc_auc")
print(f"cv auc on train: {cv_auc.mean():.4f} ± {cv_auc.std():.4f}")

hgb.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
for name, m in [("dummy", dummy), ("hgb", hgb)]:
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:6s} test auc={roc_auc_score(y_te, p):.4f} ap={average_precision_score(y_te, p):.4f}")

# partial dependence-ish: upgrade rate by quantile of the return speed
tmp = pd.DataFrame({"m": X_te["median_mins_to_next"].to_numpy(), "y": y_te})
tmp["q"] = pd.qcut(tmp["m"], 5, duplicates="drop")
print(tmp.groupby("q", observed=True)["y"].mean().round(3))
