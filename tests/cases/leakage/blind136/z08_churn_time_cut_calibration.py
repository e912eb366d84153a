"""Churn snapshots: out-of-time validation + calibration check.

The model predicts churn in the month after a snapshot, so I validate out of time:
fit on Jan-Jul snapshots, validate on Aug-Sep snapshots. I also check calibration
because the retention team wants to read the score as a probability.
"""
import json

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.calibration import calibration_curve
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
TIME = task["time_column"]
ID = task["id_column"]

snap = pd.read_csv("train.csv", parse_dates=[TIME])
sub = pd.read_csv("test.csv", parse_dates=[TIME])

snap = snap.sort_values([TIME, "customer_id"])
for frame in (snap, sub):
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["login_recency_ratio"] = frame["days_since_last_login"] / (frame["tenure_months"] * 30 + 1)
    frame["tickets_per_login"] = frame["support_tickets_30d"] / (frame["logins_30d"] + 1)

FEATURES = ["plan", "region", "tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "login_recency_ratio", "tickets_per_login"]

cutoff = pd.Timestamp("2024-08-01")
fit_rows = snap[snap[TIME] < cutoff]
oot_rows = snap[snap[TIME] >= cutoff]
print(f"fit: {fit_rows[TIME].min():%Y-%m} .. {fit_rows[TIME].max():%Y-%m}  n={len(fit_rows)}")
print(f"oot: {oot_rows[TIME].min():%Y-%m} .. {oot_rows[TIME].max():%Y-%m}  n={len(oot_rows)}")

gbm = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=250, max_leaf_nodes=31,
                                     categorical_features="from_dtype", random_state=3)
gbm.fit(fit_rows[FEATURES], fit_rows[TARGET])
baseline = DummyClassifier(strategy="prior").fit(fit_rows[FEATURES], fit_rows[TARGET])

y_oot = oot_rows[TARGET]
p_gbm = gbm.predict_proba(oot_rows[FEATURES])[:, 1]
p_base = baseline.predict_proba(oot_rows[FEATURES])[:, 1]

metrics = pd.DataFrame({
    "model": ["hgb", "prior baseline"],
    "roc_auc": [roc_auc_score(y_oot, p_gbm), roc_auc_score(y_oot, p_base)],
    "pr_auc": [average_precision_score(y_oot, p_gbm), average_precision_score(y_oot, p_base)],
    "brier": [brier_score_loss(y_oot, p_gbm), brier_score_loss(y_oot, p_base)],
    "log_loss": [log_loss(y_oot, p_gbm), log_loss(y_oot, p_base)],
})
print(metrics.round(4).to_string(index=False))

frac_pos, mean_pred = calibration_curve(y_oot, p_gbm, n_bins=10, strategy="quantile")
fig, ax = plt.subplots(figsize=(5, 5))
ax.plot([0, 0.3], [0, 0.3], "k:", label="perfect")
ax.plot(mean_pred, frac_pos, "o-", label="hgb")
ax.set_xlabel("mean predicted"); ax.set_ylabel("observed churn rate"); ax.legend()
fig.savefig("calibration_oot.png", dpi=120)

# error analysis by plan
oot_rows = oot_rows.assign(p=p_gbm)
by_plan = oot_rows.groupby("plan", observed=True).apply(
    lambda g: pd.Series({"n": len(g), "rate": g[TARGET].mean(), "mean_p": g["p"].mean(),
                         "auc": roc_auc_score(g[TARGET], g["p"]) if g[TARGET].nunique() > 1 else np.nan}))
print(by_plan.round(3))

gbm.fit(snap[FEATURES], snap[TARGET])
pd.DataFrame({ID: sub[ID], "prediction": gbm.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
