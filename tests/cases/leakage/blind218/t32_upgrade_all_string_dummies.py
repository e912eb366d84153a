"""Trial upgrade model -- quick and simple.

1. user table + event aggregates (polars, lazy)
2. every string column one-hot encoded with polars.to_dummies
3. logistic regression vs. lightgbm, compared with a prior baseline
"""
import polars as pl
import polars.selectors as cs
import numpy as np
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "upgraded"

events_agg = (
    pl.scan_parquet("data/events.parquet")
    .group_by("user_id")
    .agg(
        pl.len().alias("n_events"),
        pl.col("session_id").n_unique().alias("n_sessions"),
        pl.col("duration_s").sum().alias("secs_total"),
        pl.col("event_type").filter(pl.col("event_type") == "paywall_view").len().alias("n_paywall"),
        pl.col("event_type").filter(pl.col("event_type") == "invite_teammate").len().alias("n_invites"),
        pl.col("event_type").n_unique().alias("n_distinct_events"),
    )
)

frame = (
    pl.scan_parquet("data/users.parquet")
    .join(events_agg, on="user_id", how="left")
    .with_columns(cs.starts_with("n_").fill_null(0), pl.col("secs_total").fill_null(0))
    .drop("signup_date", "utm_campaign", "country")   # country: 120 levels, skip for now
    .collect()
)

# one-hot all remaining string columns (platform, channel, age band, plan, ...)
string_cols = frame.select(cs.string()).columns
print("one-hot:", string_cols)
frame = frame.to_dummies(string_cols, drop_first=True)

X = frame.drop(TARGET, "user_id").to_numpy().astype(float)
y = frame[TARGET].to_numpy()
feature_names = frame.drop(TARGET, "user_id").columns
print(X.shape, "positive share", y.mean().round(3))

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=3, stratify=y)


def evaluate(name, model):
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]
    print(f"{name:<12} auc={roc_auc_score(y_te, p):.4f}  ap={average_precision_score(y_te, p):.4f}"
          f"  logloss={log_loss(y_te, p):.4f}")
    return model


evaluate("baseline", DummyClassifier(strategy="prior"))
lr = evaluate("logreg", make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.3)))
gbm = evaluate("lightgbm", LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15,
                                           min_child_samples=40, verbose=-1, random_state=3))

coef = sorted(zip(feature_names, lr[-1].coef_[0]), key=lambda t: -abs(t[1]))
print("\nlargest logistic coefficients:")
for name, c in coef[:12]:
    print(f"  {name:<32} {c:+.3f}")
