"""ATO detection - login event + user behaviour profile, computed as of each login.

Every profile feature of a login only uses that user's earlier logins
(cumulative counts / expanding means on the shifted series), which is what a
real-time scorer would know.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, roc_curve

TARGET = "is_takeover"
ID = "login_id"

ev = pd.read_csv("train.csv", parse_dates=["event_time"])
ev_new = pd.read_csv("test.csv", parse_dates=["event_time"])
ev = ev.drop(columns=["account_locked_later", "fraud_team_flag"])


def user_profile_asof(frame):
    frame = frame.sort_values(["user_id", "event_time"]).copy()
    by_user = frame.groupby("user_id")
    frame["user_n_logins"] = by_user.cumcount()  # logins before this one
    prev_risk = by_user["ip_risk_score"].shift(1)
    frame["user_mean_risk"] = prev_risk.groupby(frame["user_id"]).transform(lambda s: s.expanding().mean())
    frame["risk_vs_user"] = frame["ip_risk_score"] - frame["user_mean_risk"]
    # has the user logged in from this country / browser before?
    frame["seen_country"] = frame.groupby(["user_id", "country"]).cumcount().gt(0).astype(int)
    frame["seen_browser"] = frame.groupby(["user_id", "browser"]).cumcount().gt(0).astype(int)
    frame["hour"] = frame["event_time"].dt.hour
    return frame.sort_values("event_time").reset_index(drop=True)


ev = user_profile_asof(ev)
ev_new = user_profile_asof(ev_new)

FEATS = ["ip_risk_score", "failed_attempts_1h", "hours_since_last_login", "geo_velocity_kmh",
         "new_device", "mfa_used", "user_n_logins", "user_mean_risk", "risk_vs_user",
         "seen_country", "seen_browser", "hour"]

split_at = int(len(ev) * 0.8)
train, valid = ev.iloc[:split_at], ev.iloc[split_at:]
print(train["event_time"].max(), "<", valid["event_time"].min())

model = xgb.XGBClassifier(n_estimators=400, max_depth=5, learning_rate=0.05,
                          scale_pos_weight=(1 - train[TARGET].mean()) / train[TARGET].mean(),
                          subsample=0.8, colsample_bytree=0.8, eval_metric="aucpr")
model.fit(train[FEATS], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[FEATS], train[TARGET])

p = model.predict_proba(valid[FEATS])[:, 1]
print("dummy AP:", round(average_precision_score(valid[TARGET], dummy.predict_proba(valid[FEATS])[:, 1]), 4))
print("xgb   AP:", round(average_precision_score(valid[TARGET], p), 4), "ROC AUC:", round(roc_auc_score(valid[TARGET], p), 4))
fpr, tpr, _ = roc_curve(valid[TARGET], p)
print("TPR at 1% FPR:", round(tpr[fpr <= 0.01].max(), 3))

model.fit(ev[FEATS], ev[TARGET])
pd.DataFrame({ID: ev_new[ID], "prediction": model.predict_proba(ev_new[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
