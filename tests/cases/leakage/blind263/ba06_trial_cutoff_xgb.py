# trial conversion take-home -- xgboost version
# rows = trial account x day, target converted_14d
import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

RAW = "train.csv"
TARGET = "converted_14d"

df = pd.read_csv(RAW)
df["snapshot_date"] = pd.to_datetime(df["snapshot_date"])
df = df.sort_values(["account_id", "snapshot_date"])

# event-log style features, as of each snapshot (yesterday and before)
grp = df.groupby("account_id", sort=False)
for c in ["sessions", "events", "invites_sent", "billing_page_views", "support_tickets"]:
    df[c + "_cum_prev"] = grp[c].cumsum() - df[c]
    df[c + "_ewm_prev"] = grp[c].transform(lambda s: s.shift(1).ewm(halflife=2).mean())
df["seat_growth"] = grp["active_seats"].diff().fillna(0)
df["had_integration"] = (grp["integrations_connected"].cummax() > 0).astype(int)

for c in ["signup_channel", "company_size", "industry"]:
    df[c] = df[c].astype("category")

FEATS = [c for c in df.columns if c.endswith(("_cum_prev", "_ewm_prev"))] + [
    "trial_day", "sessions", "events", "active_seats", "seat_growth", "had_integration",
    "signup_channel", "company_size", "industry",
]

# train on everything before May, test on May snapshots of accounts
# that have no snapshot before May (trials that started in May)
train = df[df.snapshot_date < "2024-05-01"]
seen = set(train.account_id)
test = df[(df.snapshot_date >= "2024-05-01") & (~df.account_id.isin(seen))]
print(train.shape, test.shape)
print("pos rate train/test", train[TARGET].mean().round(3), test[TARGET].mean().round(3))

spw = (1 - train[TARGET].mean()) / train[TARGET].mean()
model = xgb.XGBClassifier(
    n_estimators=400, max_depth=5, learning_rate=0.05, subsample=0.8,
    colsample_bytree=0.8, scale_pos_weight=spw, enable_categorical=True,
    tree_method="hist", eval_metric="aucpr",
)
model.fit(train[FEATS], train[TARGET])
pred = model.predict_proba(test[FEATS])[:, 1]

# baseline: conversion rate of the signup channel, learned on train
chan_rate = train.groupby("signup_channel", observed=True)[TARGET].mean()
base = test["signup_channel"].map(chan_rate).astype(float).fillna(train[TARGET].mean())

print("channel-rate baseline  AUC=%.3f AP=%.3f" % (roc_auc_score(test[TARGET], base), average_precision_score(test[TARGET], base)))
print("xgboost                AUC=%.3f AP=%.3f" % (roc_auc_score(test[TARGET], pred), average_precision_score(test[TARGET], pred)))

prec, rec, thr = precision_recall_curve(test[TARGET], pred)
i = np.argmax(rec < 0.5)
print("precision at ~50% recall:", prec[i].round(3))

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(10))
