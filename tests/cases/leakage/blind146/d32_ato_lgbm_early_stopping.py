"""ATO detection with LightGBM.

Time-ordered split: logins before 2024-08-01 train, later logins test.
Boosting rounds chosen with early stopping on average precision.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, precision_score, recall_score, roc_auc_score

TARGET = "is_takeover"
ID = "login_id"
LEAKY = ["account_locked_later", "fraud_team_flag"]

df = pd.read_csv("train.csv", parse_dates=["event_time"])
new = pd.read_csv("test.csv", parse_dates=["event_time"])
df = df.drop(columns=LEAKY)

for frame in (df, new):
    frame["hour"] = frame["event_time"].dt.hour
    frame["dow"] = frame["event_time"].dt.dayofweek
    frame["browser"] = frame["browser"].astype("category")
    frame["country"] = frame["country"].astype("category")

FEATURES = ["ip_risk_score", "failed_attempts_1h", "hours_since_last_login", "geo_velocity_kmh",
            "new_device", "mfa_used", "hour", "dow", "browser", "country"]

cut = pd.Timestamp("2024-08-01")
train = df[df["event_time"] < cut]
test = df[df["event_time"] >= cut]
print(len(train), len(test), train[TARGET].mean(), test[TARGET].mean())

params = dict(n_estimators=3000, learning_rate=0.02, num_leaves=15, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.7, is_unbalance=True,
              verbose=-1, random_state=13)
model = lgb.LGBMClassifier(**params)
model.fit(
    train[FEATURES], train[TARGET],
    eval_set=[(test[FEATURES], test[TARGET])],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", model.best_iteration_)

p = model.predict_proba(test[FEATURES])[:, 1]
prevalence = test[TARGET].mean()
print(f"baseline AP (predict the prevalence everywhere): {prevalence:.4f}")
print(f"LightGBM AP: {average_precision_score(test[TARGET], p):.4f}   ROC AUC: {roc_auc_score(test[TARGET], p):.4f}")

# precision / recall when we challenge the top 0.5% riskiest logins
k = max(1, int(0.005 * len(p)))
flag = np.zeros_like(p, dtype=int)
flag[np.argsort(-p)[:k]] = 1
print(f"top 0.5%: precision {precision_score(test[TARGET], flag):.3f}, recall {recall_score(test[TARGET], flag):.3f}")

final = lgb.LGBMClassifier(**{**params, "n_estimators": model.best_iteration_})
final.fit(df[FEATURES], df[TARGET])
pd.DataFrame({ID: new[ID], "prediction": final.predict_proba(new[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
