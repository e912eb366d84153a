"""
Take-home: churn in the next month, from monthly customer snapshots.

Notes on columns
- snapshot_id / customer_id: identifiers, not features.
- snapshot_month: used only for the validation split.
- retention_offer_accepted: an offer is made when the customer calls to cancel, so it is only
  known after the churn decision -> dropped.
- account_closed_date_known: mostly 0; kept as a data-quality indicator.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted", TARGET]
CAT = ["plan", "region"]
SEED = 17


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    return tr, te


def to_X(frame):
    X = frame.drop(columns=[c for c in DROP if c in frame.columns])
    X["engagement"] = X["logins_30d"] / (1 + X["days_since_last_login"].fillna(60))
    X["billing_trouble"] = X["payment_failures_90d"].fillna(0) + X["support_tickets_30d"].fillna(0)
    return pd.get_dummies(X, columns=CAT, dtype=int)


train, test = load()
print(train.shape, test.shape)
print(train[TARGET].mean().round(4), "positive rate")
print(train.groupby("plan")[TARGET].mean())

# time cut + unseen customers, to look like the test set
cut = pd.Timestamp("2024-07-01")
early = train[train["snapshot_month"] < cut]
late = train[(train["snapshot_month"] >= cut) & (~train["customer_id"].isin(early["customer_id"]))]

X_early, y_early = to_X(early), early[TARGET]
X_late, y_late = to_X(late).reindex(columns=X_early.columns, fill_value=0), late[TARGET]
print("features:", list(X_early.columns))

params = dict(objective="binary", n_estimators=500, learning_rate=0.03, num_leaves=15,
              min_child_samples=40, reg_lambda=2.0, colsample_bytree=0.8, random_state=SEED, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(X_early, y_early)
p_late = model.predict_proba(X_late)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_early, y_early)
p_dummy = np.clip(dummy.predict_proba(X_late)[:, 1], 1e-6, 1 - 1e-6)

print("dummy    auc=%.4f ap=%.4f" % (roc_auc_score(y_late, p_dummy), average_precision_score(y_late, p_dummy)))
print("lightgbm auc=%.4f ap=%.4f logloss=%.4f" % (
    roc_auc_score(y_late, p_late), average_precision_score(y_late, p_late), log_loss(y_late, p_late)))

imp = pd.Series(model.booster_.feature_importance("gain"), index=X_early.columns).sort_values(ascending=False)
print(imp.round(1))

X_all = to_X(train)
final = lgb.LGBMClassifier(**params).fit(X_all, train[TARGET])
pred = final.predict_proba(to_X(test).reindex(columns=X_all.columns, fill_value=0))[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
json.dump({"roc_auc": roc_auc_score(y_late, p_late)}, open("metrics.json", "w"))
