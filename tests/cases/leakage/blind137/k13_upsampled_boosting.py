# Churn-snapshots - boosted trees with rebalanced training data
# Churn is ~5% of snapshots, so positives are upsampled to 25% before fitting the booster.

import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
SEED = 13

snap = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snap_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(snap[TARGET].value_counts())

def point_in_time(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    by = frame.groupby("customer_id")
    frame["logins_prev"] = by["logins_30d"].shift(1)
    frame["logins_prev2"] = by["logins_30d"].shift(2)
    frame["logins_trend"] = frame["logins_30d"] - (frame["logins_prev"] + frame["logins_prev2"]) / 2
    frame["tickets_prev_sum"] = by["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    frame["idle_jump"] = by["days_since_last_login"].diff()
    frame["first_snapshot"] = (by.cumcount() == 0).astype(int)
    frame["plan_code"] = frame["plan"].map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1)
    frame["month_num"] = frame["snapshot_month"].dt.month
    return pd.get_dummies(frame, columns=["region"], prefix="reg", dtype=int)

snap = point_in_time(snap)
snap_test = point_in_time(snap_test)
FEATS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
         "support_tickets_30d", "payment_failures_90d", "logins_prev", "logins_prev2", "logins_trend",
         "tickets_prev_sum", "idle_jump", "first_snapshot", "plan_code", "month_num"] + \
        [c for c in snap.columns if c.startswith("reg_")]

pos = snap[snap[TARGET] == 1]
neg = snap[snap[TARGET] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 3, random_state=SEED)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=SEED)
print("after upsampling:", balanced[TARGET].mean().round(3))

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
i_tr, i_va = next(gss.split(balanced, groups=balanced["customer_id"]))
cut = pd.Timestamp("2024-07-01")
tr = balanced.iloc[i_tr].query("snapshot_month < @cut")
va = balanced.iloc[i_va].query("snapshot_month >= @cut")
print(len(tr), len(va), tr["customer_id"].isin(va["customer_id"]).any())

base_cols = ["days_since_last_login", "logins_30d", "payment_failures_90d"]
baseline = LogisticRegression(max_iter=1000).fit(tr[base_cols], tr[TARGET])
hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, min_samples_leaf=40, random_state=SEED)
hgb.fit(tr[FEATS], tr[TARGET])

scores = {}
for name, m, cols in [("baseline_logreg_3feat", baseline, base_cols), ("hgb", hgb, FEATS)]:
    p = m.predict_proba(va[cols])[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(va[TARGET], p), "avg_precision": average_precision_score(va[TARGET], p)}
print(pd.DataFrame(scores).T.round(4))

for c in FEATS:
    if c not in snap_test:
        snap_test[c] = 0
hgb.fit(balanced[FEATS], balanced[TARGET])
pd.DataFrame({"snapshot_id": snap_test["snapshot_id"],
              "prediction": hgb.predict_proba(snap_test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
