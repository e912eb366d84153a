"""Churn take-home: compare a few models on a forward-in-time, customer-disjoint holdout.

Plan (see memo): train on Jan-May, pick the model on Jun-Jul, score Aug-Sep once.
Later blocks keep only customers that never appeared in an earlier block, because
test.csv contains customers we have never seen.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
sub = pd.read_csv("test.csv", parse_dates=[TIME])
print(df.shape, sub.shape)
print(df.groupby(TIME)[TARGET].agg(["mean", "size"]))

CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
FEATURES = CAT + NUM


def forward_blocks(frame, valid_start, test_start):
    tr = frame[frame[TIME] < valid_start]
    va = frame[(frame[TIME] >= valid_start) & (frame[TIME] < test_start)]
    te = frame[frame[TIME] >= test_start]
    seen = set(tr[GROUP])
    va = va[~va[GROUP].isin(seen)]
    seen |= set(va[GROUP])
    te = te[~te[GROUP].isin(seen)]
    return tr, va, te


train, valid, test = forward_blocks(df, "2024-06-01", "2024-08-01")
for name, part in [("train", train), ("valid", valid), ("test", test)]:
    print(f"{name:5s} rows={len(part):6d} customers={part[GROUP].nunique():5d} rate={part[TARGET].mean():.3f}")


def make_pipe(model, scale=True):
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ("num", StandardScaler() if scale else "passthrough", NUM),
    ])
    return Pipeline([("pre", pre), ("model", model)])


candidates = {
    "baseline_prior": make_pipe(DummyClassifier(strategy="prior")),
    "logreg": make_pipe(LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")),
    "rf": make_pipe(RandomForestClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=0), scale=False),
    "hgb": make_pipe(HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=0), scale=False),
}

rows = []
for name, pipe in candidates.items():
    pipe.fit(train[FEATURES], train[TARGET])
    p = pipe.predict_proba(valid[FEATURES])[:, 1]
    rows.append({
        "model": name,
        "val_roc_auc": roc_auc_score(valid[TARGET], p),
        "val_pr_auc": average_precision_score(valid[TARGET], p),
        "val_brier": brier_score_loss(valid[TARGET], p),
    })
table = pd.DataFrame(rows).sort_values("val_roc_auc", ascending=False)
print(table.to_string(index=False))

best_name = table[table.model != "baseline_prior"].iloc[0]["model"]
print("selected on validation:", best_name)

# refit the chosen model and the baseline on train+valid, score the untouched test block once
fit_part = pd.concat([train, valid])
final = candidates[best_name].fit(fit_part[FEATURES], fit_part[TARGET])
base = candidates["baseline_prior"].fit(fit_part[FEATURES], fit_part[TARGET])
p_test = final.predict_proba(test[FEATURES])[:, 1]
p_base = base.predict_proba(test[FEATURES])[:, 1]

rng = np.random.default_rng(42)
y_test = test[TARGET].to_numpy()
boot = []
for _ in range(1000):
    idx = rng.integers(0, len(y_test), len(y_test))
    if y_test[idx].min() == y_test[idx].max():
        continue
    boot.append(roc_auc_score(y_test[idx], p_test[idx]))
lo, hi = np.percentile(boot, [2.5, 97.5])
print(f"TEST roc_auc={roc_auc_score(y_test, p_test):.3f} (95% CI {lo:.3f}-{hi:.3f})")
print(f"TEST pr_auc={average_precision_score(y_test, p_test):.3f}  baseline pr_auc={average_precision_score(y_test, p_base):.3f}")

# submission: refit on everything we have
final_all = candidates[best_name].fit(df[FEATURES], df[TARGET])
pd.DataFrame({ID: sub[ID], "prediction": final_all.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
