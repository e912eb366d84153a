import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


ev = pd.read_csv("train.csv", parse_dates=["event_time"])
print(f"{len(ev):,} rows")
for _c in ["merchant_category", "channel", "device_type", "country"]:
    if _c in ev.columns:
        print(_c, ev[_c].nunique(), "levels; top:", ev[_c].value_counts().head(3).to_dict())
if "amount" in ev.columns:
    print("amount quantiles:", ev["amount"].quantile([0.5, 0.9, 0.99, 0.999]).round(2).to_dict())
print("duplicated rows:", int(ev.duplicated().sum()))
print(ev.isna().sum()[lambda s: s > 0])
ev = ev.sort_values(["account_id", "event_time"]).reset_index(drop=True)
g = ev.groupby("account_id")
ev["mins_since_prev_login"] = g["event_time"].diff().dt.total_seconds().div(60).fillna(1e5)
ev["failed_prev_3"] = g["failed_attempts"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum()).fillna(0)
ev["new_device"] = (g["device_hash"].shift() != ev["device_hash"]).astype(int)
ev["new_country"] = (g["ip_country"].shift() != ev["ip_country"]).astype(int)
ev["hour"] = ev["event_time"].dt.hour
FEATS = ["mins_since_prev_login", "failed_prev_3", "new_device", "new_country", "hour", "failed_attempts"]
print(ev.shape, ev["is_takeover"].mean())

cutoff = ev["event_time"].quantile(0.8)
train = ev[ev["event_time"] < cutoff]
valid = ev[ev["event_time"] >= cutoff]
print("train until", cutoff, len(train), len(valid))

model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, is_unbalance=True, verbose=-1)
model.fit(train[FEATS], train["is_takeover"])
p = model.predict_proba(valid[FEATS])[:, 1]
base = DummyClassifier(strategy="prior").fit(train[FEATS], train["is_takeover"])
print("dummy AP", average_precision_score(valid["is_takeover"], base.predict_proba(valid[FEATS])[:, 1]))
print("AP ", average_precision_score(valid["is_takeover"], p))
print("AUC", roc_auc_score(valid["is_takeover"], p))
