# Churn next month - stable customer hashing + time cut
#
# I want the validation set to be reproducible across reruns and machines, so customers are
# assigned to the evaluation bucket by a hash of their id (20 of 100 buckets), not by an RNG.

import json
import hashlib
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
CUST = task["group_column"]
SNAP = task["id_column"]
LEAKY = task["leaky_columns"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
df.groupby(TIME)[CUST].nunique()

def add_features(d):
    d = d.sort_values([CUST, TIME]).copy()
    g = d.groupby(CUST)
    d["logins_prev"] = g["logins_30d"].shift(1)
    d["logins_prev_mean"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    d["logins_rel"] = d["logins_30d"] / (d["logins_prev_mean"] + 1)
    d["idle_delta"] = g["days_since_last_login"].diff()
    d["tickets_prev3"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    d["fail_prev"] = g["payment_failures_90d"].shift(1)
    d["plan_prev"] = g["plan"].shift(1)
    d["downgraded"] = ((d["plan_prev"] == "premium") & (d["plan"] != "premium")).astype(int)
    d["n_prev"] = g.cumcount()
    d = d.drop(columns=["plan_prev"])
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)

df = add_features(df)
test = add_features(test)
X_COLS = [c for c in df.columns if c not in [TARGET, TIME, CUST, SNAP] + LEAKY]
test = test.reindex(columns=[SNAP] + X_COLS, fill_value=0)

def bucket(cid, n=100):
    return int(hashlib.md5(str(cid).encode("utf-8")).hexdigest(), 16) % n

df["bucket"] = df[CUST].map(bucket)
eval_customers = set(df.loc[df["bucket"] < 20, CUST])
cut = pd.Timestamp("2024-07-01")

fit = df[(df[TIME] < cut) & ~df[CUST].isin(eval_customers)]  # eval customers stay out of the fit entirely
evaluate = df[(df[TIME] >= cut) & df[CUST].isin(eval_customers)]
print(f"fit rows {len(fit)}, eval rows {len(evaluate)}, eval customers {evaluate[CUST].nunique()}")

model = HistGradientBoostingClassifier(learning_rate=0.04, max_iter=400, max_leaf_nodes=31,
                                       min_samples_leaf=40, l2_regularization=1.0, random_state=47)
model.fit(fit[X_COLS], fit[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit[X_COLS], fit[TARGET])

report = []
for name, m in [("dummy", dummy), ("hgb", model)]:
    p = m.predict_proba(evaluate[X_COLS])[:, 1]
    report.append({"model": name, "roc_auc": roc_auc_score(evaluate[TARGET], p),
                   "avg_precision": average_precision_score(evaluate[TARGET], p),
                   "brier": brier_score_loss(evaluate[TARGET], p)})
pd.DataFrame(report).round(4)

by_month = evaluate.assign(p=model.predict_proba(evaluate[X_COLS])[:, 1]).groupby(TIME)
by_month.apply(lambda g: pd.Series({"auc": roc_auc_score(g[TARGET], g["p"]), "n": len(g)}))

final = HistGradientBoostingClassifier(learning_rate=0.04, max_iter=400, max_leaf_nodes=31,
                                       min_samples_leaf=40, l2_regularization=1.0, random_state=47)
final.fit(df[X_COLS], df[TARGET])
pd.DataFrame({SNAP: test[SNAP], "prediction": final.predict_proba(test[X_COLS])[:, 1]}).to_csv("predictions.csv", index=False)
