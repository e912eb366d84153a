"""Subscription churn - engagement trend features per user.

Split mirrors the real test.csv: train on Jan-Jun, evaluate on Jul-Sep snapshots of
users that never appear in the training weeks.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score

TARGET = "cancelled_next_week"
LEAKY = ["cancel_survey_score"]

df = pd.read_csv("train.csv", parse_dates=["week_start"])
sub = pd.read_csv("test.csv", parse_dates=["week_start"])
df = df.sort_values(["user_id", "week_start"]).reset_index(drop=True)
sub = sub.sort_values(["user_id", "week_start"]).reset_index(drop=True)


def add_user_features(d):
    d = d.copy()
    g = d.groupby("user_id")
    # how this week compares with the user's usual level
    d["user_avg_sessions"] = g["sessions_7d"].transform("mean")
    d["user_avg_minutes"] = g["minutes_streamed_7d"].transform("mean")
    d["user_max_skips"] = g["skips_7d"].transform("max")
    d["sessions_vs_usual"] = d["sessions_7d"] / d["user_avg_sessions"].clip(lower=0.5)
    d["minutes_vs_usual"] = d["minutes_streamed_7d"] / d["user_avg_minutes"].clip(lower=1)
    d["sessions_change"] = g["sessions_7d"].diff().fillna(0)
    d["weeks_observed"] = g.cumcount()
    d = pd.get_dummies(d, columns=["plan_tier", "payment_method"], dtype=int)
    return d


df = add_user_features(df)
sub = add_user_features(sub)
FEATURES = [c for c in df.columns if c not in ["row_id", "user_id", "week_start", TARGET] + LEAKY]
sub = sub.reindex(columns=["row_id"] + FEATURES, fill_value=0)
print(len(FEATURES), "features")

cut = pd.Timestamp("2024-07-01")
train = df[df["week_start"] < cut]
holdout = df[(df["week_start"] >= cut) & ~df["user_id"].isin(train["user_id"].unique())]
print(f"train {len(train)} rows / {train.user_id.nunique()} users; "
      f"holdout {len(holdout)} rows / {holdout.user_id.nunique()} users")

base = DummyClassifier(strategy="prior").fit(train[FEATURES], train[TARGET])
print("baseline AP :", round(average_precision_score(holdout[TARGET], base.predict_proba(holdout[FEATURES])[:, 1]), 4))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.4,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=8)
rf.fit(train[FEATURES], train[TARGET])
p = rf.predict_proba(holdout[FEATURES])[:, 1]
print("RF ROC AUC  :", round(roc_auc_score(holdout[TARGET], p), 4))
print("RF AP       :", round(average_precision_score(holdout[TARGET], p), 4))
print("RF F1 @0.5  :", round(f1_score(holdout[TARGET], p >= 0.5), 4))

top = pd.Series(rf.feature_importances_, index=FEATURES).nlargest(10)
print(top.to_string())

rf.fit(df[FEATURES], df[TARGET])
pd.DataFrame({"row_id": sub["row_id"], "prediction": rf.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
