# Churn next month - LightGBM, tuned and checked out-of-time / out-of-customer
#
# Three disjoint customer buckets (hash of `customer_id`):
# * **train**: bucket 0-5, snapshots Jan-Jun
# * **valid**: bucket 6-7, snapshots Jul
# * **holdout**: bucket 8-9, snapshots Aug-Sep - the closest thing to the hidden test set

import json
import itertools
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
T, TIME, CID, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]
LEAK = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

def feats(frame):
    frame = frame.sort_values([CID, TIME]).copy()
    g = frame.groupby(CID)
    for c in ["logins_30d", "support_tickets_30d", "days_since_last_login"]:
        frame[f"{c}_l1"] = g[c].shift(1)
        frame[f"{c}_mom"] = g[c].diff()
        frame[f"{c}_exp_mean"] = g[c].transform(lambda s: s.shift(1).expanding().mean())
    frame["charges_up"] = (g["monthly_charges"].diff() > 0).astype(int)
    frame["n_seen"] = g.cumcount()
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    return frame

df = feats(df)
test = feats(test)
X_COLS = [c for c in df.columns if c not in [T, TIME, CID, SID] + LEAK]

bucket = (pd.util.hash_pandas_object(df[CID], index=False) % 10).to_numpy()
month = df[TIME].dt.month
train = df[(bucket <= 5) & (month <= 6)]
valid = df[((bucket == 6) | (bucket == 7)) & (month == 7)]
holdout = df[(bucket >= 8) & (month >= 8)]
print({k: (len(v), round(v[T].mean(), 4)) for k, v in [("train", train), ("valid", valid), ("holdout", holdout)]})

grid = {"num_leaves": [15, 31, 63], "min_child_samples": [20, 100], "learning_rate": [0.02, 0.05]}
results = []
for nl, mcs, lr in itertools.product(*grid.values()):
    m = lgb.LGBMClassifier(num_leaves=nl, min_child_samples=mcs, learning_rate=lr, n_estimators=400,
                           subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1, random_state=0)
    m.fit(train[X_COLS], train[T])
    results.append({"num_leaves": nl, "min_child_samples": mcs, "learning_rate": lr,
                    "valid_auc": roc_auc_score(valid[T], m.predict_proba(valid[X_COLS])[:, 1])})
res = pd.DataFrame(results).sort_values("valid_auc", ascending=False)
res.head()

best = res.iloc[0][["num_leaves", "min_child_samples", "learning_rate"]].to_dict()
best = {"num_leaves": int(best["num_leaves"]), "min_child_samples": int(best["min_child_samples"]),
        "learning_rate": float(best["learning_rate"])}
model = lgb.LGBMClassifier(**best, n_estimators=400, subsample=0.8, subsample_freq=1,
                           colsample_bytree=0.8, verbose=-1, random_state=0)
model.fit(train[X_COLS], train[T])
p_hold = model.predict_proba(holdout[X_COLS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[X_COLS], train[T])
p_dummy = dummy.predict_proba(holdout[X_COLS])[:, 1]
print("best params", best)
print(f"holdout  model AUC={roc_auc_score(holdout[T], p_hold):.4f} AP={average_precision_score(holdout[T], p_hold):.4f}")
print(f"holdout  dummy AUC={roc_auc_score(holdout[T], p_dummy):.4f} AP={average_precision_score(holdout[T], p_dummy):.4f}")

final = lgb.LGBMClassifier(**best, n_estimators=400, subsample=0.8, subsample_freq=1,
                           colsample_bytree=0.8, verbose=-1, random_state=0).fit(df[X_COLS], df[T])
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[X_COLS])[:, 1]}).to_csv("predictions.csv", index=False)
