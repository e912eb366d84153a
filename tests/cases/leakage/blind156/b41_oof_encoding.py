"""churn-snapshots: out-of-fold target encoding + logistic regression.

Target encoding is done out-of-fold (5 folds) so that no row is encoded with
its own label. Holdout: Jul-Sep, customers not present in Jan-Jun.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
ENC_COLS = ["plan", "region", "tenure_band"]
SMOOTH = 30

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
for d in (df, test):
    d["tenure_band"] = pd.cut(d["tenure_months"], [-1, 3, 6, 12, 24, 48, 1000]).astype(str)
print(df[ENC_COLS + [TARGET]].groupby("tenure_band")[TARGET].mean())


def smooth_map(frame, col, prior):
    s = frame.groupby(col)[TARGET].agg(["sum", "count"])
    return (s["sum"] + SMOOTH * prior) / (s["count"] + SMOOTH)


def oof_encode(frame, cols, n_splits=5, seed=0):
    """Out-of-fold encoding: each row is encoded with statistics from the other folds."""
    prior = frame[TARGET].mean()
    encoded = pd.DataFrame(index=frame.index, columns=[f"{c}_te" for c in cols], dtype=float)
    for fit_idx, enc_idx in KFold(n_splits, shuffle=True, random_state=seed).split(frame):
        part = frame.iloc[fit_idx]
        for c in cols:
            encoded.iloc[enc_idx, encoded.columns.get_loc(f"{c}_te")] = (
                frame.iloc[enc_idx][c].map(smooth_map(part, c, prior)).fillna(prior).values)
    return encoded


df = df.join(oof_encode(df, ENC_COLS))
prior_all = df[TARGET].mean()
for c in ENC_COLS:
    test[f"{c}_te"] = test[c].map(smooth_map(df, c, prior_all)).fillna(prior_all)

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
FEATS = NUM + [f"{c}_te" for c in ENC_COLS]
for d in (df, test):
    d["days_since_last_login"] = d["days_since_last_login"].fillna(60)

fit = df[df["snapshot_month"] < "2024-07-01"]
hold = df[(df["snapshot_month"] >= "2024-07-01") & ~df["customer_id"].isin(fit["customer_id"])]
print(len(fit), len(hold))

lr = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.3))
lr.fit(fit[FEATS], fit[TARGET])
dm = DummyClassifier(strategy="prior").fit(fit[FEATS], fit[TARGET])
for name, est in [("dummy", dm), ("logreg", lr)]:
    p = est.predict_proba(hold[FEATS])[:, 1]
    print(f"{name}: auc={roc_auc_score(hold[TARGET], p):.4f} ap={average_precision_score(hold[TARGET], p):.4f}")
p_lr = lr.predict_proba(hold[FEATS])[:, 1]
print(pd.Series(lr[-1].coef_[0], index=FEATS).round(3))

final = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.3)).fit(df[FEATS], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(float(roc_auc_score(hold[TARGET], p_lr)), 4)}, open("metrics.json", "w"))
