# Churn-snapshots: wide point-in-time feature set, pruned by mutual information
#
# Many candidate features (lags, rolling windows of previous months, deltas); I keep the
# most informative ones and fit a random forest. Validation split: a time cut at July plus
# a customer split, so validation customers never appear in training.

import json
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import mutual_info_classif
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
EXCLUDE = {TARGET, TIME, GROUP, ID, *task["leaky_columns"]}

df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values([GROUP, TIME]).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values([GROUP, TIME]).reset_index(drop=True)

BASE = ["logins_30d", "days_since_last_login", "support_tickets_30d", "monthly_charges", "payment_failures_90d"]

def engineer(frame):
    out = frame.copy()
    g = out.groupby(GROUP)
    for col in BASE:
        prev = g[col].shift(1)
        out[f"{col}_prev"] = prev
        out[f"{col}_diff"] = out[col] - prev
        out[f"{col}_pct"] = (out[col] - prev) / (prev.abs() + 1)
        for w in (2, 3, 6):
            out[f"{col}_r{w}_mean"] = prev.groupby(out[GROUP]).transform(lambda s: s.rolling(w, min_periods=1).mean())
        out[f"{col}_r3_max"] = prev.groupby(out[GROUP]).transform(lambda s: s.rolling(3, min_periods=1).max())
    out["age_in_data"] = g.cumcount()
    out["charges_per_login"] = out["monthly_charges"] / (out["logins_30d"] + 1)
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=int)
    return out

feat = engineer(df)
feat_test = engineer(test)
candidates = [c for c in feat.columns if c not in EXCLUDE]
print(len(candidates), "candidate features")

cut = pd.Timestamp("2024-07-01")
rng = np.random.default_rng(2024)
cust = feat[GROUP].unique()
val_cust = set(rng.choice(cust, size=len(cust) // 5, replace=False))
in_val = feat[GROUP].isin(val_cust)
tr = feat[(feat[TIME] < cut) & ~in_val]
va = feat[(feat[TIME] >= cut) & in_val]
print(tr.shape, va.shape, tr[TARGET].mean().round(4), va[TARGET].mean().round(4))

# mutual information on the training rows only
X_mi = tr[candidates].fillna(-1)
mi = mutual_info_classif(X_mi, tr[TARGET], random_state=0)
mi = pd.Series(mi, index=candidates).sort_values(ascending=False)
selected = mi.head(20).index.tolist()
mi.head(20)

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=0)
rf.fit(tr[selected].fillna(-1), tr[TARGET])
p = rf.predict_proba(va[selected].fillna(-1))[:, 1]
print("ROC AUC", round(roc_auc_score(va[TARGET], p), 4))
print("Average precision", round(average_precision_score(va[TARGET], p), 4))
pd.Series(rf.feature_importances_, index=selected).sort_values(ascending=False).head(10)

rf.fit(feat[selected].fillna(-1), feat[TARGET])
for c in selected:
    if c not in feat_test:
        feat_test[c] = 0
pd.DataFrame({ID: feat_test[ID], "prediction": rf.predict_proba(feat_test[selected].fillna(-1))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
