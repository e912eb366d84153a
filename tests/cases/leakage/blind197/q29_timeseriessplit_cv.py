"""Time-aware cross-validation for the churn snapshots.

Rows are ordered by snapshot month and evaluated with TimeSeriesSplit, so
each fold trains on earlier months and is scored on the following block.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "plan", "region",
            "logins_lag1", "spend_lag1", "tickets_lag1"]


def with_lags(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    g = frame.groupby("customer_id")
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["spend_lag1"] = g["monthly_spend"].shift(1)
    frame["tickets_lag1"] = g["support_tickets_30d"].shift(1)
    return frame


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
both = pd.concat([train.assign(_src="train"), test.assign(_src="test")], ignore_index=True)
both["snapshot_month"] = pd.to_datetime(both["snapshot_month"])
both = with_lags(both)
for c in ("plan", "region"):
    both[c] = both[c].astype("category")

train = both[both["_src"] == "train"].sort_values("snapshot_month").reset_index(drop=True)
test = both[both["_src"] == "test"]
X, y = train[FEATURES], train[TARGET].astype(int)

params = dict(n_estimators=350, learning_rate=0.04, num_leaves=31, min_child_samples=60,
              colsample_bytree=0.85, subsample=0.85, subsample_freq=1, random_state=4, verbose=-1)

tscv = TimeSeriesSplit(n_splits=4)
records = []
for fold, (tr, va) in enumerate(tscv.split(X)):
    m = lgb.LGBMClassifier(**params).fit(X.iloc[tr], y.iloc[tr])
    d = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])
    p, q = m.predict_proba(X.iloc[va])[:, 1], d.predict_proba(X.iloc[va])[:, 1]
    records.append({
        "fold": fold,
        "train_until": train.loc[tr[-1], "snapshot_month"].date(),
        "valid_from": train.loc[va[0], "snapshot_month"].date(),
        "auc": roc_auc_score(y.iloc[va], p),
        "ap": average_precision_score(y.iloc[va], p),
        "dummy_auc": roc_auc_score(y.iloc[va], q),
        "dummy_ap": average_precision_score(y.iloc[va], q),
    })

cv = pd.DataFrame(records)
print(cv.round(4).to_string(index=False))
print("mean AUC %.4f (dummy %.4f), mean AP %.4f (dummy %.4f)" % (
    cv.auc.mean(), cv.dummy_auc.mean(), cv.ap.mean(), cv.dummy_ap.mean()))

final = lgb.LGBMClassifier(**params).fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"].values,
              "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
