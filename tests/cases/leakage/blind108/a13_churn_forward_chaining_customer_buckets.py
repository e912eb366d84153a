#!/usr/bin/env python
"""Next-month churn: forward-chaining validation on customer-disjoint buckets.

Each fold fits on all months strictly before a cutoff month (customers outside bucket k) and
scores the cutoff month for customers in bucket k, which never appear on the fitting side.
The reported score is the mean over folds; a prior-rate baseline is scored on the same folds.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

HERE = Path(".")
task = json.loads((HERE / "task.json").read_text())
TARGET, ID = task["target"], task["id_column"]
TIME, GROUP = task["time_column"], task["group_column"]
LEAKY = task.get("leaky_columns", [])

CAT = ["plan", "region", "payment_method", "contract_type"]
N_BUCKETS = 4
CUTOFFS = ["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"]


def load(name):
    df = pd.read_csv(HERE / name, parse_dates=[TIME])
    return df.drop(columns=[c for c in LEAKY if c in df.columns])


def model():
    enc = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT)],
        remainder="passthrough",
    )
    hgb = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=250, max_depth=6, l2_regularization=0.5,
        categorical_features=list(range(len(CAT))), random_state=11)
    return Pipeline([("enc", enc), ("hgb", hgb)])


train = load("train.csv")
test = load("test.csv")
FEATS = [c for c in train.columns if c not in (TARGET, ID, TIME, GROUP)]
print("features:", FEATS)

rng = np.random.default_rng(11)
customers = train[GROUP].unique()
bucket_of = pd.Series(rng.integers(0, N_BUCKETS, size=len(customers)), index=customers)
train["bucket"] = train[GROUP].map(bucket_of)

records = []
for k, cutoff in enumerate(CUTOFFS):
    cutoff = pd.Timestamp(cutoff)
    fit = train[(train[TIME] < cutoff) & (train["bucket"] != k)]
    val = train[(train[TIME] == cutoff) & (train["bucket"] == k)]
    assert not set(fit[GROUP]) & set(val[GROUP])
    if val[TARGET].nunique() < 2:
        continue
    m = model().fit(fit[FEATS], fit[TARGET])
    p = m.predict_proba(val[FEATS])[:, 1]
    prior = np.full(len(val), fit[TARGET].mean())
    records.append({
        "cutoff": cutoff.date(), "n_fit": len(fit), "n_val": len(val),
        "auc": roc_auc_score(val[TARGET], p), "ap": average_precision_score(val[TARGET], p),
        "auc_prior": roc_auc_score(val[TARGET], prior),
        "ap_prior": average_precision_score(val[TARGET], prior),
    })

res = pd.DataFrame(records)
print(res.to_string(index=False))
print("mean:", res[["auc", "ap", "auc_prior", "ap_prior"]].mean().round(4).to_dict())

final = model().fit(train[FEATS], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
(HERE / "metrics.json").write_text(json.dumps({"roc_auc": round(float(res["auc"].mean()), 4)}))
