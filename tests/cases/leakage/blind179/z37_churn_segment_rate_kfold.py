# churn_model.py - take-home submission
# Approach: segment churn rates (plan x region x tenure band) as features,
# random forest, 5-fold CV, compare with a dummy model.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import KFold, cross_val_score

TARGET = "churned_next_month"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def tenure_band(t):
    return pd.cut(t, bins=[-1, 6, 12, 24, 1000], labels=["new", "young", "mid", "old"]).astype(str)


for d in (df, test):
    d["tenure_band"] = tenure_band(d["tenure_months"])
    d["segment"] = d["plan"] + "_" + d["region"] + "_" + d["tenure_band"]
    d["days_since_last_login"] = d["days_since_last_login"].fillna(60)

# churn rate of each segment and of each plan
overall = df[TARGET].mean()
seg_rate = df.groupby("segment")[TARGET].mean()
plan_rate = df.groupby("plan")[TARGET].mean()
df["segment_churn_rate"] = df["segment"].map(seg_rate)
df["plan_churn_rate"] = df["plan"].map(plan_rate)
test["segment_churn_rate"] = test["segment"].map(seg_rate).fillna(overall)
test["plan_churn_rate"] = test["plan"].map(plan_rate).fillna(overall)

features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "segment_churn_rate", "plan_churn_rate"]
X = df[features].fillna(0)
y = df[TARGET]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=25, n_jobs=-1, random_state=0)
dummy = DummyClassifier(strategy="prior")

rf_auc = cross_val_score(rf, X, y, cv=cv, scoring="roc_auc")
dummy_auc = cross_val_score(dummy, X, y, cv=cv, scoring="roc_auc")
rf_ap = cross_val_score(rf, X, y, cv=cv, scoring="average_precision")
print("Dummy ROC AUC: %.3f" % dummy_auc.mean())
print("RF    ROC AUC: %.3f (+/- %.3f)" % (rf_auc.mean(), rf_auc.std()))
print("RF    PR AUC:  %.3f" % rf_ap.mean())

rf.fit(X, y)
print("train AUC", roc_auc_score(y, rf.predict_proba(X)[:, 1]))
imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

preds = rf.predict_proba(test[features].fillna(0))[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": np.round(preds, 5)}).to_csv(
    "predictions.csv", index=False)
