# Fraud take-home -- gradient boosting on transaction features.
# Hold-out: transactions from the final 30 days (model trained on everything before).

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["txn_ts"]).sort_values("txn_ts")
df["hour"] = df["txn_ts"].dt.hour
df["dow"] = df["txn_ts"].dt.dayofweek
df["log_amount"] = np.log1p(df["amount"])
df["round_amount"] = (df["amount"] % 10 == 0).astype(int)
CHANNELS = ["pos", "ecom", "atm", "moto"]
df["channel_code"] = df["channel"].map({c: i for i, c in enumerate(CHANNELS)}).fillna(len(CHANNELS))
X_cols = ["log_amount", "round_amount", "hour", "dow", "is_foreign", "device_age_days", "mcc", "channel_code"]

cutoff = df["txn_ts"].max() - pd.Timedelta(days=30)
train, test = df[df["txn_ts"] < cutoff], df[df["txn_ts"] >= cutoff]

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                     class_weight="balanced", random_state=3)
hgb.fit(train[X_cols], train["is_fraud"])
majority = DummyClassifier(strategy="most_frequent").fit(train[X_cols], train["is_fraud"])

y_true = test["is_fraud"].to_numpy()
y_pred = hgb.predict(test[X_cols])
print(f"baseline accuracy (always 'legit'): {accuracy_score(y_true, majority.predict(test[X_cols])):.4f}")
print(f"model accuracy:                     {accuracy_score(y_true, y_pred):.4f}")
daily = test.assign(pred=y_pred).set_index("txn_ts").resample("D")["pred"].sum()
daily.plot(title="alerts raised per day (hold-out period)")
plt.ylabel("alerts"); plt.tight_layout(); plt.savefig("alerts_per_day.png")

new = pd.read_csv("test.csv", parse_dates=["txn_ts"])
new["hour"] = new["txn_ts"].dt.hour
new["dow"] = new["txn_ts"].dt.dayofweek
new["log_amount"] = np.log1p(new["amount"])
new["round_amount"] = (new["amount"] % 10 == 0).astype(int)
new["channel_code"] = new["channel"].map({c: i for i, c in enumerate(CHANNELS)}).fillna(len(CHANNELS))
pd.DataFrame({"txn_id": new["txn_id"], "prediction": hgb.predict_proba(new[X_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
