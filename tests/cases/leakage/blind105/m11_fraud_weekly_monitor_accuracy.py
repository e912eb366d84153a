# Weekly monitoring job for the fraud scorer.
# Retrain on the 8 weeks before each week, score the week (new cards only),
# and track accuracy against the "always legit" rule we used before the model.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

WINDOW = 8
ALERT_DROP = 0.002

df = pd.read_csv("train.csv", parse_dates=["txn_ts"])
df = df.sort_values("txn_ts")
df["week"] = df["txn_ts"].dt.to_period("W-SUN")
df["log_amount"] = np.log1p(df["amount"])
df["hour"] = df["txn_ts"].dt.hour
df["cross_border"] = (df["merchant_country"] != df["card_country"]).astype(int)
df["device_risk_score"] = df["device_risk_score"].fillna(-1)
feats = ["log_amount", "hour", "cross_border", "mcc", "card_age_days", "device_risk_score"]

weeks = sorted(df["week"].unique())
log = []
for i in range(WINDOW, len(weeks)):
    tr = df[df["week"].isin(weeks[i - WINDOW:i])]
    wk = df[df["week"] == weeks[i]]
    wk = wk[~wk["card_id"].isin(tr["card_id"])]
    if len(wk) == 0:
        continue
    rf = RandomForestClassifier(n_estimators=200, min_samples_leaf=10, n_jobs=-1, random_state=0)
    rf.fit(tr[feats], tr["is_fraud"])
    majority = DummyClassifier(strategy="most_frequent").fit(tr[feats], tr["is_fraud"])
    log.append({
        "week": str(weeks[i]),
        "acc_model": accuracy_score(wk["is_fraud"], rf.predict(wk[feats])),
        "acc_majority": accuracy_score(wk["is_fraud"], majority.predict(wk[feats])),
    })

mon = pd.DataFrame(log)
mon["lift"] = mon["acc_model"] - mon["acc_majority"]
mon["alert"] = mon["acc_model"].diff() < -ALERT_DROP
print(mon.to_string(index=False))
print("weeks with alert:", mon.loc[mon["alert"], "week"].tolist())

final = RandomForestClassifier(n_estimators=200, min_samples_leaf=10, n_jobs=-1, random_state=0)
final.fit(df[df["week"].isin(weeks[-WINDOW:])][feats], df[df["week"].isin(weeks[-WINDOW:])]["is_fraud"])
test = pd.read_csv("test.csv", parse_dates=["txn_ts"])
test["log_amount"] = np.log1p(test["amount"])
test["hour"] = test["txn_ts"].dt.hour
test["cross_border"] = (test["merchant_country"] != test["card_country"]).astype(int)
test["device_risk_score"] = test["device_risk_score"].fillna(-1)
pd.DataFrame({"txn_id": test["txn_id"], "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv("predictions.csv", index=False)
