"""churn-snapshots: LightGBM tuned inside the training window.

Design (see memo.md for the long version):
  1. Outer holdout  = Aug-Sep 2024 snapshots of customers with no snapshot before August.
  2. Tuning         = randomised search on Jan-Jul only, forward-chaining CV so that
                      each validation fold is later than its training fold.
  3. Report         = outer holdout ROC AUC / AP against a prior-rate baseline, once.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV, TimeSeriesSplit

cfg = json.load(open("task.json"))
TARGET, TIME, CUST, SID = cfg["target"], cfg["time_column"], cfg["group_column"], cfg["id_column"]

snap = pd.read_csv("train.csv", parse_dates=[TIME])
future = pd.read_csv("test.csv", parse_dates=[TIME])
snap = snap.drop(columns=cfg["leaky_columns"])

for frame in (snap, future):
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["fail_x_tickets"] = frame["payment_failures_90d"] * frame["support_tickets_30d"]
    frame["login_gap_ratio"] = frame["days_since_last_login"] / 30.0

FEATS = [
    "tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
    "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
    "fail_x_tickets", "login_gap_ratio",
]

# ---------------------------------------------------------------- outer split
OUTER_CUT = pd.Timestamp("2024-08-01")
inner = snap[snap[TIME] < OUTER_CUT].sort_values(TIME).reset_index(drop=True)
outer = snap[(snap[TIME] >= OUTER_CUT) & ~snap[CUST].isin(inner[CUST].unique())]
print("inner", inner.shape, "outer", outer.shape, "outer churners", int(outer[TARGET].sum()))

# ---------------------------------------------------------------- tuning
space = {
    "num_leaves": randint(8, 64),
    "min_child_samples": randint(20, 200),
    "learning_rate": loguniform(0.01, 0.2),
    "n_estimators": randint(150, 700),
    "colsample_bytree": [0.6, 0.8, 1.0],
    "reg_lambda": loguniform(1e-3, 10),
}
search = RandomizedSearchCV(
    lgb.LGBMClassifier(objective="binary", subsample=0.8, subsample_freq=1, verbose=-1, random_state=11),
    space,
    n_iter=30,
    scoring="roc_auc",
    cv=TimeSeriesSplit(n_splits=4),
    random_state=11,
    n_jobs=-1,
)
search.fit(inner[FEATS], inner[TARGET])
print("best inner AUC %.3f" % search.best_score_)
print(search.best_params_)

# ---------------------------------------------------------------- outer report
model = search.best_estimator_
prior = DummyClassifier(strategy="prior").fit(inner[FEATS], inner[TARGET])
rows = []
for name, est in [("prior baseline", prior), ("lgbm tuned", model)]:
    s = est.predict_proba(outer[FEATS])[:, 1]
    rows.append((name, roc_auc_score(outer[TARGET], s), average_precision_score(outer[TARGET], s)))
print(pd.DataFrame(rows, columns=["model", "roc_auc", "avg_precision"]).round(3).to_string(index=False))

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(8))

# ---------------------------------------------------------------- submission
final = lgb.LGBMClassifier(objective="binary", subsample=0.8, subsample_freq=1, verbose=-1,
                           random_state=11, **search.best_params_)
final.fit(snap[FEATS], snap[TARGET])
pd.DataFrame({SID: future[SID], "prediction": final.predict_proba(future[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
