#!/usr/bin/env python
"""Churn next month - HistGradientBoosting with segment-level churn rates.

Usage: python e10_hgb_segment_rates_fit_window.py   (expects task.json, train.csv, test.csv)
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
CUSTOMER = task["group_column"]
ID = task["id_column"]
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

PRIOR_WEIGHT = 50


def add_segment_rates(source, *targets):
    """Smoothed churn rate per plan / region, learned from `source` only."""
    global_rate = source[TARGET].mean()
    for seg in ["plan", "region"]:
        stats = source.groupby(seg)[TARGET].agg(["sum", "count"])
        smoothed = (stats["sum"] + PRIOR_WEIGHT * global_rate) / (stats["count"] + PRIOR_WEIGHT)
        for frame in targets:
            frame[f"{seg}_churn_rate"] = frame[seg].map(smoothed).fillna(global_rate)


for frame in (train, test):
    frame["tickets_per_login"] = frame["support_tickets_30d"] / (frame["logins_30d"] + 1)
    frame["inactive_30d"] = (frame["logins_30d"] == 0).astype(int)
    frame["plan_code"] = frame["plan"].astype("category").cat.codes
    frame["region_code"] = frame["region"].astype("category").cat.codes

# --- split first, then anything that looks at the label ----------------------
cut = pd.Timestamp("2024-07-01")
fit = train[train[TIME] < cut].copy()
hold = train[train[TIME] >= cut]
hold = hold[~hold[CUSTOMER].isin(set(fit[CUSTOMER]))].copy()
assert fit[TIME].max() < hold[TIME].min()
assert set(fit[CUSTOMER]).isdisjoint(hold[CUSTOMER])
print(f"{len(fit)} fit rows, {len(hold)} holdout rows from {hold[CUSTOMER].nunique()} customers")

add_segment_rates(fit, fit, hold)

# --- leakage audit ---------------------------------------------------------
EXCLUDE = {TARGET, TIME, CUSTOMER, ID, "plan", "region", *LEAKY}
FEATURES = [c for c in fit.columns if c not in EXCLUDE]
assert not EXCLUDE & set(FEATURES)
corr = fit[FEATURES + [TARGET]].corr()[TARGET].drop(TARGET).abs().sort_values(ascending=False)
print("abs corr with target on the fit window (nothing should be near 1):")
print(corr.round(3))
assert corr.max() < 0.9, "suspiciously predictive feature"

# --- model ----------------------------------------------------------------
model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300,
                                       max_leaf_nodes=31, l2_regularization=1.0,
                                       random_state=11)
model.fit(fit[FEATURES], fit[TARGET])
p = model.predict_proba(hold[FEATURES])[:, 1]

base = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[TARGET])
p0 = base.predict_proba(hold[FEATURES])[:, 1]

report = {
    "baseline_roc_auc": roc_auc_score(hold[TARGET], p0),
    "baseline_ap": average_precision_score(hold[TARGET], p0),
    "hgb_roc_auc": roc_auc_score(hold[TARGET], p),
    "hgb_ap": average_precision_score(hold[TARGET], p),
}
for k, v in report.items():
    print(f"{k:>18}: {v:.4f}")
json.dump({"roc_auc": round(report["hgb_roc_auc"], 4)}, open("metrics.json", "w"))

# --- final fit: rates and model from all labelled rows ----------------------
add_segment_rates(train, train, test)
model.fit(train[FEATURES], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
