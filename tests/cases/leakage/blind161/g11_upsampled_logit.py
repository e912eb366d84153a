#!/usr/bin/env python
"""Churn take-home.

Only ~5% of snapshots churn, so the minority class is upsampled to 25% before modelling.
Model: scaled logistic regression + one-hot plan/region. Compared against a dummy (prior) model.
"""
import json
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.utils import resample

warnings.filterwarnings("ignore")
RNG = 2024

task = json.load(open("task.json"))
target, id_col = task["target"], task["id_column"]
time_col, cust_col = task["time_column"], task["group_column"]
not_features = set(task["leaky_columns"]) | {target, id_col, time_col, cust_col}

df = pd.read_csv("train.csv", parse_dates=[time_col])
test = pd.read_csv("test.csv", parse_dates=[time_col])
print(df[target].value_counts(normalize=True))

cats = ["plan", "region"]
nums = [c for c in df.columns if c not in not_features and c not in cats]
print("numeric features:", nums)
df[nums] = df[nums].fillna(0)
test[nums] = test[nums].fillna(0)

# --- rebalance ---------------------------------------------------------------
pos = df[df[target] == 1]
neg = df[df[target] == 0]
n_pos_wanted = int(len(neg) * 0.25 / 0.75)
pos_up = resample(pos, replace=True, n_samples=n_pos_wanted, random_state=RNG)
balanced = pd.concat([neg, pos_up]).sort_values(time_col).reset_index(drop=True)
print("after upsampling:", balanced[target].mean().round(3), len(balanced))

# --- out-of-time, out-of-customer validation --------------------------------
cutoff = pd.Timestamp("2024-07-01")
fit_df = balanced[balanced[time_col] < cutoff]
val_df = balanced[(balanced[time_col] >= cutoff) & ~balanced[cust_col].isin(fit_df[cust_col])]
print("fit", fit_df.shape, "val", val_df.shape)


def build():
    ct = make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore"), cats),
        (StandardScaler(), nums),
    )
    return make_pipeline(ct, LogisticRegression(C=0.5, max_iter=3000))


model = build().fit(fit_df[cats + nums], fit_df[target])
p_val = model.predict_proba(val_df[cats + nums])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(fit_df[cats + nums], fit_df[target])
p_dum = dummy.predict_proba(val_df[cats + nums])[:, 1]

report = {
    "dummy": {"roc_auc": roc_auc_score(val_df[target], p_dum),
              "average_precision": average_precision_score(val_df[target], p_dum)},
    "logreg": {"roc_auc": roc_auc_score(val_df[target], p_val),
               "average_precision": average_precision_score(val_df[target], p_val)},
}
print(json.dumps(report, indent=2))

final = build().fit(balanced[cats + nums], balanced[target])
pred = final.predict_proba(test[cats + nums])[:, 1]
pd.DataFrame({id_col: test[id_col], "prediction": pred}).to_csv("predictions.csv", index=False)
json.dump(report["logreg"], open("metrics.json", "w"), indent=2)
