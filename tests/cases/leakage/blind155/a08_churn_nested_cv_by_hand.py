"""Nested CV written by hand for the churn snapshots.

outer: forward month folds; each outer validation month only keeps customers
       absent from the outer training window
inner: the same scheme applied *inside* the outer training window, used to
       choose the regularisation strength
"""
import json
from itertools import product

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]
df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME])

NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATEG = ["plan", "region"]
COLS = NUMERIC + CATEG

df["log_charges"] = np.log1p(df["monthly_charges"])
test["log_charges"] = np.log1p(test["monthly_charges"])
NUMERIC.append("log_charges")
COLS = NUMERIC + CATEG


def forward_unseen(frame, last_k):
    months = frame[TIME].to_numpy()
    ent = frame[GROUP].to_numpy()
    for cut in np.sort(np.unique(months))[-last_k:]:
        tr = np.flatnonzero(months < cut)
        va = np.flatnonzero(months == cut)
        va = va[~np.isin(ent[va], ent[tr])]
        if len(va) and len(np.unique(frame[TARGET].to_numpy()[va])) == 2:
            yield tr, va


def build(C, penalty):
    pre = make_column_transformer((StandardScaler(), NUMERIC),
                                  (OneHotEncoder(handle_unknown="ignore"), CATEG))
    solver = "liblinear" if penalty == "l1" else "lbfgs"
    return make_pipeline(pre, LogisticRegression(C=C, penalty=penalty, solver=solver, max_iter=3000))


GRID = list(product([0.01, 0.1, 1.0], ["l1", "l2"]))

outer_rows = []
for o, (otr, ova) in enumerate(forward_unseen(df, last_k=3)):
    outer_train = df.iloc[otr].reset_index(drop=True)
    outer_val = df.iloc[ova]

    inner_means = {}
    for C, pen in GRID:
        sc = []
        for itr, iva in forward_unseen(outer_train, last_k=2):
            m = build(C, pen).fit(outer_train.iloc[itr][COLS], outer_train.iloc[itr][TARGET])
            sc.append(roc_auc_score(outer_train.iloc[iva][TARGET],
                                    m.predict_proba(outer_train.iloc[iva][COLS])[:, 1]))
        inner_means[(C, pen)] = np.mean(sc) if sc else np.nan
    best = max(inner_means, key=lambda k: -np.inf if np.isnan(inner_means[k]) else inner_means[k])

    model = build(*best).fit(outer_train[COLS], outer_train[TARGET])
    auc = roc_auc_score(outer_val[TARGET], model.predict_proba(outer_val[COLS])[:, 1])
    # naive baseline: rank customers by payment failures only
    auc_naive = roc_auc_score(outer_val[TARGET], outer_val["payment_failures_90d"])
    outer_rows.append({"outer": o, "best": best, "auc": auc, "baseline_auc": auc_naive})
    print(outer_rows[-1])

summary = pd.DataFrame(outer_rows)
print("nested CV AUC: %.4f +- %.4f" % (summary.auc.mean(), summary.auc.std()))
print("baseline AUC:  %.4f" % summary.baseline_auc.mean())

# final hyper-parameters: majority vote of the outer folds' choices
final_cfg = summary["best"].value_counts().idxmax()
final = build(*final_cfg).fit(df[COLS], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[COLS])[:, 1]}).to_csv("predictions.csv", index=False)
print("final config", final_cfg)
