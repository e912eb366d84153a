"""churn-snapshots - final submission script.

Pipeline
  1. point-in-time features per customer (shifted rolling windows, month-over-month deltas)
  2. backtest over three cut-off months: fit on months < M for customers outside fold k,
     score month M for the customers in fold k only (out-of-time AND out-of-customer)
  3. compare against a prior-rate DummyClassifier
  4. final model: fit on Jan-Aug for customers outside a calibration group, isotonic
     calibration on September snapshots of that group, predict test.csv
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.isotonic import IsotonicRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TASK = json.load(open("task.json"))
TARGET, TIME, CUST, ID = TASK["target"], TASK["time_column"], TASK["group_column"], TASK["id_column"]
EXCLUDED = {TARGET, TIME, CUST, ID, *TASK["leaky_columns"]}
N_FOLDS = 4


def features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values([CUST, TIME]).reset_index(drop=True)
    g = df.groupby(CUST)
    for col in ["logins_30d", "days_since_last_login", "support_tickets_30d", "monthly_charges"]:
        prev = g[col].shift(1)
        df[f"{col}_prev"] = prev
        df[f"{col}_mom"] = df[col] - prev
        df[f"{col}_prev3"] = prev.groupby(df[CUST]).transform(lambda s: s.rolling(3, min_periods=1).mean())
    df["fail_up"] = (g["payment_failures_90d"].diff() > 0).astype(int)
    df["discount_ended"] = (g["has_discount"].diff() < 0).astype(int)
    df["n_prev"] = g.cumcount()
    for c in ["plan", "region"]:
        df[c] = df[c].astype("category")
    return df


def model():
    return HistGradientBoostingClassifier(learning_rate=0.04, max_iter=350, max_leaf_nodes=24,
                                          min_samples_leaf=60, l2_regularization=1.0, random_state=50)


df = features(pd.read_csv("train.csv", parse_dates=[TIME]))
test = features(pd.read_csv("test.csv", parse_dates=[TIME]))
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
X_COLS = [c for c in df.columns if c not in EXCLUDED]
df["fold"] = pd.util.hash_pandas_object(df[CUST], index=False).to_numpy() % N_FOLDS

rows = []
for k, m in enumerate(pd.to_datetime(["2024-07-01", "2024-08-01", "2024-09-01"])):
    fit = df[(df[TIME] < m) & (df["fold"] != k)]
    ev = df[(df[TIME] == m) & (df["fold"] == k)]
    assert not set(fit[CUST]) & set(ev[CUST])
    p = model().fit(fit[X_COLS], fit[TARGET]).predict_proba(ev[X_COLS])[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(fit[X_COLS], fit[TARGET]).predict_proba(ev[X_COLS])[:, 1]
    rows.append({"month": m.strftime("%Y-%m"), "n": len(ev), "auc": roc_auc_score(ev[TARGET], p),
                 "ap": average_precision_score(ev[TARGET], p), "ap_prior": average_precision_score(ev[TARGET], p0),
                 "brier": brier_score_loss(ev[TARGET], p), "brier_prior": brier_score_loss(ev[TARGET], p0)})
bt = pd.DataFrame(rows)
print(bt.round(4).to_string(index=False))
print(bt.drop(columns=["month", "n"]).mean().round(4).to_string())

cal_group = df["fold"] == N_FOLDS - 1
fit_final = df[(df[TIME] < "2024-09-01") & ~cal_group]
cal = df[(df[TIME] == "2024-09-01") & cal_group]
clf = model().fit(fit_final[X_COLS], fit_final[TARGET])
iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
iso.fit(clf.predict_proba(cal[X_COLS])[:, 1], cal[TARGET])

pred = iso.predict(clf.predict_proba(test[X_COLS])[:, 1])
out = pd.DataFrame({ID: test[ID], "prediction": pred})
assert out[ID].is_unique and out["prediction"].between(0, 1).all()
out.to_csv("predictions.csv", index=False)
print(out["prediction"].describe())
