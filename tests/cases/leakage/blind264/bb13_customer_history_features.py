#!/usr/bin/env python
# Churn take-home -- customer-history covariates + random forest.
# I write pandas like dplyr (method chains, assign), apologies to the Pythonistas.

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

Y = "churned_next_month"

panel = (
    pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    .sort_values(["customer_id", "snapshot_month"])
    .reset_index(drop=True)
)
print(panel.shape, panel[Y].mean())

# --- within-customer history (like group_by(customer_id) %>% mutate(...)) ---
g = lambda x, col: x.groupby("customer_id")[col]
panel = panel.assign(
    tickets_cust_mean=lambda x: g(x, "support_tickets_30d").transform("mean"),
    logins_cust_sd=lambda x: g(x, "logins_30d").transform("std").fillna(0),
    logins_delta=lambda x: g(x, "logins_30d").diff().fillna(0),
    charges_delta=lambda x: g(x, "monthly_charges").diff().fillna(0),
    n_snapshots=lambda x: g(x, "snapshot_month").cumcount() + 1,
)

base_cols = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
             "late_payments_90d", "num_addons"]
hist_cols = ["tickets_cust_mean", "logins_cust_sd", "logins_delta", "charges_delta", "n_snapshots"]
dummies = pd.get_dummies(panel[["plan", "contract_type"]], dtype=int)
X = pd.concat([panel[base_cols + hist_cols], dummies], axis=1).fillna(0)
y = panel[Y]

# --- evaluation window: last 3 months, customers not seen before -----------
cut = panel.snapshot_month.sort_values().unique()[-3]
is_fit = panel.snapshot_month < cut
is_eval = (panel.snapshot_month >= cut) & ~panel.customer_id.isin(panel.loc[is_fit, "customer_id"])
print("fit rows:", is_fit.sum(), " eval rows:", is_eval.sum())

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=42)
rf.fit(X[is_fit], y[is_fit])
dummy = DummyClassifier(strategy="stratified", random_state=42).fit(X[is_fit], y[is_fit])

def report(name, p):
    print(f"{name:22s} ROC-AUC {roc_auc_score(y[is_eval], p):.3f}   PR-AUC {average_precision_score(y[is_eval], p):.3f}")

report("dummy (stratified)", dummy.predict_proba(X[is_eval])[:, 1])
p_rf = rf.predict_proba(X[is_eval])[:, 1]
report("random forest", p_rf)

# bootstrap SE of the ROC-AUC (rows; eval customers are new, so few repeats)
rng = np.random.default_rng(0)
ye = y[is_eval].to_numpy()
bs = []
for _ in range(1000):
    i = rng.integers(0, len(ye), len(ye))
    if ye[i].any() and not ye[i].all():
        bs.append(roc_auc_score(ye[i], p_rf[i]))
print("bootstrap SE of AUC: %.4f" % np.std(bs, ddof=1))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12).round(4))
