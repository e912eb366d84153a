# Churn take-home - LightGBM
# missing values in the activity columns are filled from the same customer's other snapshots
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

print(df.isna().sum())
# days_since_last_login and logins_30d have gaps (tracking outage?)

act_cols = ["logins_30d", "days_since_last_login", "support_tickets_30d"]


def fill_activity(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    for c in act_cols:
        frame[c] = frame.groupby("customer_id")[c].transform(lambda s: s.ffill().bfill())
        frame[c] = frame[c].fillna(-1)  # customers with no value at all
    return frame


df = fill_activity(df)
test = fill_activity(test)
print(df[act_cols].isna().sum())

for frame in (df, test):
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["charge_x_fail"] = frame["monthly_charges"] * frame["payment_failures_90d"]

FEATS = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
         "logins_30d", "days_since_last_login", "support_tickets_30d",
         "payment_failures_90d", "charge_x_fail"]

# split: last 3 months, unseen customers
tr = df[df["snapshot_month"] < "2024-10-01"]
va = df[df["snapshot_month"] >= "2024-10-01"]
va = va[~va["customer_id"].isin(set(tr["customer_id"]))]
print(f"train {len(tr)}  valid {len(va)}  valid churn {va[TARGET].mean():.3f}")

params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, is_unbalance=True, verbose=-1)
clf = lgb.LGBMClassifier(**params)
clf.fit(tr[FEATS], tr[TARGET])

p = clf.predict_proba(va[FEATS])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
pdum = dummy.predict_proba(va[FEATS])[:, 1]

print("baseline AUC %.3f AP %.3f" % (roc_auc_score(va[TARGET], pdum), average_precision_score(va[TARGET], pdum)))
print("lgbm     AUC %.3f AP %.3f" % (roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p)))
yhat = (p > 0.5).astype(int)
print("precision", precision_score(va[TARGET], yhat), "recall", recall_score(va[TARGET], yhat))

imp = pd.Series(clf.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp)

clf.fit(df[FEATS], df[TARGET])
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(test[FEATS])[:, 1]})
sub.to_csv("predictions.csv", index=False)
