# Churn next month - trajectory features
# Churners usually *fade out*: logins drop and idle days grow over a few months. I encode each
# customer's recent trajectory (previous snapshots) and feed it to a gradient-boosted model.

import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

cfg = json.load(open("task.json"))
TARGET, TIME, CUST, SID = cfg["target"], cfg["time_column"], cfg["group_column"], cfg["id_column"]
LEAKY = cfg["leaky_columns"]

snaps = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

# latest state of each customer, most recent snapshot first
snaps = snaps.sort_values([CUST, TIME], ascending=[True, False]).reset_index(drop=True)
latest = snaps.groupby(CUST).head(1)
print(latest["plan"].value_counts(normalize=True).round(3))
latest.boxplot(column="logins_30d", by=TARGET)
plt.show()

def trajectory(frame):
    frame = frame.sort_values([CUST, TIME]).reset_index(drop=True)  # oldest first: shift(1) = previous month
    g = frame.groupby(CUST, sort=False)
    out = frame.copy()
    for col in ["logins_30d", "days_since_last_login", "support_tickets_30d"]:
        prev = g[col].shift(1)
        out[f"{col}_prev"] = prev
        out[f"{col}_step"] = out[col] - prev
        out[f"{col}_prev3_mean"] = prev.groupby(out[CUST]).transform(lambda s: s.rolling(3, min_periods=1).mean())
    out["charges_step"] = out["monthly_charges"] - g["monthly_charges"].shift(1)
    out["fading"] = ((out["logins_30d_step"] < 0) & (out["days_since_last_login_step"] > 0)).astype(int)
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=int)
    return out

feat = trajectory(snaps)
feat_test = trajectory(test.sort_values([CUST, TIME], ascending=[True, False]))
X_COLS = [c for c in feat.columns if c not in [TARGET, TIME, CUST, SID] + LEAKY]
feat_test = feat_test.reindex(columns=[SID] + X_COLS, fill_value=0)

cut = pd.Timestamp("2024-07-01")
ids = feat[CUST].unique()
rs = np.random.RandomState(29)
rs.shuffle(ids)
val_ids = set(ids[: len(ids) // 5])
tr = feat[(feat[TIME] < cut) & ~feat[CUST].isin(val_ids)]
va = feat[(feat[TIME] >= cut) & feat[CUST].isin(val_ids)]
print(len(tr), len(va))

clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=250, max_depth=6,
                                     min_samples_leaf=60, random_state=29)
clf.fit(tr[X_COLS], tr[TARGET])
dummy = DummyClassifier(strategy="prior").fit(tr[X_COLS], tr[TARGET])
res = {}
for name, m in [("dummy", dummy), ("hgb", clf)]:
    p = m.predict_proba(va[X_COLS])[:, 1]
    res[name] = (roc_auc_score(va[TARGET], p), average_precision_score(va[TARGET], p))
pd.DataFrame(res, index=["roc_auc", "avg_precision"]).T.round(4)

clf.fit(feat[X_COLS], feat[TARGET])
pd.DataFrame({SID: feat_test[SID], "prediction": clf.predict_proba(feat_test[X_COLS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
