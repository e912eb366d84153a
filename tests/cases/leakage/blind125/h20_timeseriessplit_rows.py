import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", df.shape, "test", test.shape)
print(df.dtypes)

print(df["churned_next_month"].value_counts(normalize=True))
print(df.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(df.isna().sum().sort_values(ascending=False).head(8))

def add_history(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_delta"] = frame["logins_30d"] - frame["logins_lag1"]
    frame["charges_lag1"] = g["monthly_charges"].shift(1)
    frame["charges_change"] = frame["monthly_charges"] - frame["charges_lag1"]
    frame["tickets_roll3"] = g["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["months_in_data"] = g.cumcount()
    return frame

df = add_history(df)
test = add_history(test)

from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]

df = df.sort_values("snapshot_month").reset_index(drop=True)
X = pd.get_dummies(df.drop(columns=DROP), columns=CATS, dtype=float)
y = df["churned_next_month"]

tss = TimeSeriesSplit(n_splits=4)
model_auc, dummy_auc = [], []
for k, (tr_idx, va_idx) in enumerate(tss.split(X)):
    m = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.06, random_state=k)
    m.fit(X.iloc[tr_idx], y.iloc[tr_idx])
    p = m.predict_proba(X.iloc[va_idx])[:, 1]
    d = DummyClassifier(strategy="stratified", random_state=k).fit(X.iloc[tr_idx], y.iloc[tr_idx])
    model_auc.append(roc_auc_score(y.iloc[va_idx], p))
    dummy_auc.append(roc_auc_score(y.iloc[va_idx], d.predict_proba(X.iloc[va_idx])[:, 1]))
    print(k, df.loc[va_idx, "snapshot_month"].min().date(), round(model_auc[-1], 4))

print("mean AUC model", np.mean(model_auc), "dummy", np.mean(dummy_auc))

final = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.06, random_state=0).fit(X, y)
X_te = pd.get_dummies(test.drop(columns=[c for c in DROP if c in test.columns]), columns=CATS, dtype=float).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_te)[:, 1]}).to_csv("predictions.csv", index=False)
