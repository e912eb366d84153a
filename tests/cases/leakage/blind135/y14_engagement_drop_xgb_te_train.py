"""Engagement-drop take-home (user-month panel).

Each row is one user in one month; engagement_drop flags users whose activity
falls sharply the following month. Test = later months, other users.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET = TASK["target"]            # engagement_drop
USER, MONTH, ROW_ID = TASK["group_column"], TASK["time_column"], TASK["id_column"]

SMOOTHING = 50


def target_encode(fit_rows, apply_rows, col, prior):
    stats = fit_rows.groupby(col)[TARGET].agg(["sum", "count"])
    enc = (stats["sum"] + SMOOTHING * prior) / (stats["count"] + SMOOTHING)
    return apply_rows[col].map(enc).fillna(prior)


def add_history(d):
    d = d.sort_values([USER, MONTH]).copy()
    u = d.groupby(USER)
    d["sessions_prev"] = u["sessions"].shift(1)
    d["sessions_chg"] = d["sessions"] / d["sessions_prev"].replace(0, np.nan) - 1
    d["minutes_3m"] = u["minutes_active"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    d["minutes_ratio"] = d["minutes_active"] / d["minutes_3m"].replace(0, np.nan)
    d["support_3m"] = u["support_contacts"].transform(lambda s: s.rolling(3, min_periods=1).sum())
    d["month_num"] = d[MONTH].dt.month
    return d


df = pd.read_csv("train.csv", parse_dates=[MONTH])
print(df.shape, df[USER].nunique(), "users;", "drop rate", round(df[TARGET].mean(), 3))
print(df.groupby(MONTH)[TARGET].mean())
df = add_history(df)
df = pd.get_dummies(df, columns=["plan"], prefix="plan", dtype=int)

# ---- split: last three months, users never seen in training ----
months = np.sort(df[MONTH].unique())
eval_start = months[-3]
rng = np.random.default_rng(2024)
users = df[USER].unique()
eval_users = set(rng.choice(users, size=int(0.25 * len(users)), replace=False))
in_eval_users = df[USER].isin(eval_users)
train = df[(df[MONTH] < eval_start) & ~in_eval_users].copy()
valid = df[(df[MONTH] >= eval_start) & in_eval_users].copy()
print("train", train.shape, "valid", valid.shape)

# target encodings learned from the training rows only
prior = train[TARGET].mean()
for col in ["country", "signup_channel"]:
    valid[f"{col}_te"] = target_encode(train, valid, col, prior)
    train[f"{col}_te"] = target_encode(train, train, col, prior)

features = ["tenure_months", "sessions", "minutes_active", "features_used", "push_opt_in",
            "support_contacts", "sessions_prev", "sessions_chg", "minutes_3m", "minutes_ratio",
            "support_3m", "month_num", "country_te", "signup_channel_te"]
features += [c for c in df.columns if c.startswith("plan_")]

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
booster = xgb.XGBClassifier(
    n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.8,
    colsample_bytree=0.8, eval_metric="aucpr", random_state=0,
)
booster.fit(train[features], train[TARGET])

p_model = booster.predict_proba(valid[features])[:, 1]
p_dummy = dummy.predict_proba(valid[features])[:, 1]
print(f"dummy   AUC {roc_auc_score(valid[TARGET], p_dummy):.3f}  AP {average_precision_score(valid[TARGET], p_dummy):.3f}")
print(f"xgboost AUC {roc_auc_score(valid[TARGET], p_model):.3f}  AP {average_precision_score(valid[TARGET], p_model):.3f}")

imp = pd.Series(booster.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10).round(3))
