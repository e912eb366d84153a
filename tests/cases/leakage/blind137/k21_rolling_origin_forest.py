# Churn-snapshots - rolling-origin backtest
# For each cut-off month M in Jun..Sep: fit on all months before M using customers outside
# fold k, then score month M for the customers of fold k only (so the scored customers are
# never in that fit). Four cut-offs -> four out-of-time, out-of-customer estimates.

import json
import zlib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

with open("task.json") as f:
    TASK = json.load(f)
Y, TS, CUST, SNAP = TASK["target"], TASK["time_column"], TASK["group_column"], TASK["id_column"]
BLOCKED = set(TASK["leaky_columns"]) | {Y, TS, CUST, SNAP}

data = pd.read_csv("train.csv", parse_dates=[TS])
test = pd.read_csv("test.csv", parse_dates=[TS])

def make_features(df):
    df = df.sort_values([CUST, TS]).copy()
    g = df.groupby(CUST)
    df["logins_prev_mean3"] = g["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["logins_change"] = g["logins_30d"].diff()
    df["idle_change"] = g["days_since_last_login"].diff()
    df["tickets_prev_sum3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["failures_change"] = g["payment_failures_90d"].diff()
    df["snap_index"] = g.cumcount()
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
    return df.fillna(-1)

data = make_features(data)
test = make_features(test).reindex(columns=data.columns.drop(Y), fill_value=0)
FEATURES = [c for c in data.columns if c not in BLOCKED]
data["fold"] = data[CUST].astype(str).map(lambda s: zlib.crc32(s.encode()) % 4)

def new_model():
    return RandomForestClassifier(n_estimators=400, min_samples_leaf=10, max_features=0.4,
                                  class_weight="balanced_subsample", n_jobs=-1, random_state=3)

rows = []
for k, cutoff in enumerate(pd.date_range("2024-06-01", "2024-09-01", freq="MS")):
    fit_rows = data[(data[TS] < cutoff) & (data["fold"] != k)]
    score_rows = data[(data[TS] == cutoff) & (data["fold"] == k)]
    model = new_model().fit(fit_rows[FEATURES], fit_rows[Y])
    pred = model.predict(score_rows[FEATURES])
    majority = np.zeros(len(score_rows), dtype=int)  # baseline: nobody churns
    rows.append({
        "cutoff": cutoff.date(), "n_fit": len(fit_rows), "n_scored": len(score_rows),
        "churn_rate": score_rows[Y].mean(),
        "acc_model": accuracy_score(score_rows[Y], pred),
        "acc_majority_baseline": accuracy_score(score_rows[Y], majority),
    })

bt = pd.DataFrame(rows)
print(bt.round(4).to_string(index=False))
print("mean accuracy  model %.4f   majority %.4f" % (bt["acc_model"].mean(), bt["acc_majority_baseline"].mean()))

final = new_model().fit(data[FEATURES], data[Y])
pd.DataFrame({SNAP: test[SNAP], "prediction": final.predict_proba(test[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
