"""Churn-snapshots: GBM settings tuned on a validation slice, test slice scored once.

Split:
  * train: Jan-Jun snapshots
  * Jul-Sep snapshots of customers NOT seen in Jan-Jun are split by customer id into
    a validation half (used for picking the settings) and a test half (scored once).
"""
import itertools
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]
df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
feat = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def mat(d):
    return np.column_stack([d[feat].fillna(0).to_numpy(float),
                            (d["plan"] == "premium").to_numpy(float),
                            (d["plan"] == "basic").to_numpy(float)])


X, y = mat(df), df[TARGET].to_numpy()
t = pd.to_datetime(df["snapshot_month"]).to_numpy()
c = df["customer_id"].to_numpy()

cut = np.datetime64("2024-07-01")
fit_ix = np.flatnonzero(t < cut)
later = np.flatnonzero(t >= cut)
later = later[~np.isin(c[later], c[fit_ix])]

rng = np.random.default_rng(8)
new_customers = np.unique(c[later])
val_customers = rng.choice(new_customers, size=new_customers.size // 2, replace=False)
val_ix = later[np.isin(c[later], val_customers)]
test_ix = later[~np.isin(c[later], val_customers)]
print("fit", fit_ix.size, "val", val_ix.size, "test", test_ix.size)

results = []
for depth, lr, n in itertools.product([2, 3, 5], [0.03, 0.1], [150, 400]):
    m = GradientBoostingClassifier(max_depth=depth, learning_rate=lr, n_estimators=n,
                                   subsample=0.8, random_state=0)
    m.fit(X[fit_ix], y[fit_ix])
    results.append((roc_auc_score(y[val_ix], m.predict_proba(X[val_ix])[:, 1]), depth, lr, n))
    print(f"depth={depth} lr={lr} n={n}: val AUC={results[-1][0]:.4f}")

_, depth, lr, n = max(results)
print("chosen on validation:", depth, lr, n)

chosen = GradientBoostingClassifier(max_depth=depth, learning_rate=lr, n_estimators=n,
                                    subsample=0.8, random_state=0).fit(X[fit_ix], y[fit_ix])
s_test = chosen.predict_proba(X[test_ix])[:, 1]
prior = np.full(test_ix.size, y[fit_ix].mean())
print("TEST  model    AUC %.4f AP %.4f" % (roc_auc_score(y[test_ix], s_test), average_precision_score(y[test_ix], s_test)))
print("TEST  baseline AUC %.4f AP %.4f" % (roc_auc_score(y[test_ix], prior), average_precision_score(y[test_ix], prior)))

final = GradientBoostingClassifier(max_depth=depth, learning_rate=lr, n_estimators=n,
                                   subsample=0.8, random_state=0).fit(X, y)
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": final.predict_proba(mat(test_df))[:, 1]}).to_csv(
    "predictions.csv", index=False)
