import json
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

warnings.filterwarnings("ignore")

with open("task.json") as fh:
    TASK = json.load(fh)
TARGET = TASK["target"]
TIME = TASK["time_column"]
CUST = TASK["group_column"]
SID = TASK["id_column"]
LEAKY = TASK["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def add_profile(frame):
    """Customer profile: how this customer behaves in general, not just this month."""
    f = frame.sort_values([CUST, TIME]).copy()
    grp = f.groupby(CUST)
    f["cust_logins_mean"] = grp["logins_30d"].transform("mean")
    f["cust_logins_min"] = grp["logins_30d"].transform("min")
    f["cust_tickets_total"] = grp["support_tickets_30d"].transform("sum")
    f["cust_payfail_max"] = grp["payment_failures_90d"].transform("max")
    f["cust_n_snapshots"] = grp[TIME].transform("count")
    f["logins_vs_profile"] = f["logins_30d"] - f["cust_logins_mean"]
    f["plan_code"] = f["plan"].map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1)
    f = pd.get_dummies(f, columns=["region"], prefix="reg", dtype=int)
    return f.sort_index()


train_f = add_profile(train)
test_f = add_profile(test)

drop_cols = set([TARGET, TIME, CUST, SID, "plan"] + LEAKY)
FEATS = [c for c in train_f.columns if c not in drop_cols]
for c in FEATS:
    if c not in test_f:
        test_f[c] = 0


def time_then_new_customer_splits(frame, eval_months=("2024-07-01", "2024-08-01", "2024-09-01")):
    """One split per evaluation month: fit on strictly earlier months, score the
    month on customers that the model has never seen."""
    for m in pd.to_datetime(list(eval_months)):
        tr = frame[TIME] < m
        ev = (frame[TIME] == m) & ~frame[CUST].isin(frame.loc[tr, CUST].unique())
        yield m, np.flatnonzero(tr.to_numpy()), np.flatnonzero(ev.to_numpy())


params = dict(objective="binary", learning_rate=0.03, num_leaves=15, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
              n_estimators=500, verbose=-1)

log = []
for month, tr_idx, ev_idx in time_then_new_customer_splits(train_f):
    Xtr, ytr = train_f.iloc[tr_idx][FEATS], train_f.iloc[tr_idx][TARGET]
    Xev, yev = train_f.iloc[ev_idx][FEATS], train_f.iloc[ev_idx][TARGET]
    clf = lgb.LGBMClassifier(**params).fit(Xtr, ytr)
    dummy = DummyClassifier(strategy="prior").fit(Xtr, ytr)
    p = clf.predict_proba(Xev)[:, 1]
    log.append({
        "month": month.date(),
        "n_eval": len(ev_idx),
        "auc": roc_auc_score(yev, p),
        "ap": average_precision_score(yev, p),
        "ap_dummy": average_precision_score(yev, dummy.predict_proba(Xev)[:, 1]),
    })

log = pd.DataFrame(log)
print(log.to_string(index=False))
print("mean AUC", log["auc"].mean().round(4), "| mean AP", log["ap"].mean().round(4),
      "vs dummy AP", log["ap_dummy"].mean().round(4))

final = lgb.LGBMClassifier(**params).fit(train_f[FEATS], train_f[TARGET])
pred = final.predict_proba(test_f[FEATS])[:, 1]
pd.DataFrame({SID: test_f[SID], "prediction": pred}).to_csv("predictions.csv", index=False)

gain = pd.Series(final.booster_.feature_importance("gain"), index=FEATS)
print(gain.sort_values(ascending=False).head(10))
