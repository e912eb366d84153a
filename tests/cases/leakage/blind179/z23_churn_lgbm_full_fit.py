"""Churn scoring model.

Time box was tight, so no separate validation: I fit on every labelled
snapshot and report the fit quality against a prior-only model.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
SKIP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def prepare(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df = df.sort_values(["customer_id", "snapshot_month"])
    g = df.groupby("customer_id")
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["logins_prev_mean3"] = g["logins_30d"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["tickets_prev"] = g["support_tickets_30d"].shift(1)
    df["dsll_prev"] = g["days_since_last_login"].shift(1)
    df["dsll_jump"] = df["days_since_last_login"] - df["dsll_prev"]
    df["plan"] = df["plan"].astype("category")
    df["region"] = df["region"].astype("category")
    return df


train = prepare("train.csv")
test = prepare("test.csv")
cols = [c for c in train.columns if c not in SKIP]
X, y = train[cols], train[TARGET]

model = lgb.LGBMClassifier(n_estimators=250, learning_rate=0.05, num_leaves=15,
                           min_child_samples=100, verbose=-1, random_state=0)
model.fit(X, y)
prior = DummyClassifier(strategy="prior").fit(X, y)

p_model = model.predict_proba(X)[:, 1]
p_prior = prior.predict_proba(X)[:, 1]
print("prior  AUC %.4f  AP %.4f" % (roc_auc_score(y, p_prior), average_precision_score(y, p_prior)))
print("lgbm   AUC %.4f  AP %.4f" % (roc_auc_score(y, p_model), average_precision_score(y, p_model)))

importance = pd.Series(model.booster_.feature_importance("gain"), index=cols)
print((importance / importance.sum()).sort_values(ascending=False).round(3).head(12))

test["prediction"] = np.clip(model.predict_proba(test[cols])[:, 1], 0.0, 1.0)
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print(test["prediction"].describe())
