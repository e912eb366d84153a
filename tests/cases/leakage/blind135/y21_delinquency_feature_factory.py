"""Loan delinquency take-home.

Generates a wide set of behavioural window features per borrower, keeps the most
informative ones and fits a gradient-boosted classifier.
"""
import json
from itertools import product

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
KEY, WHEN = TASK["group_column"], TASK["time_column"]

BASE = ["credit_limit", "balance", "utilization", "min_payment_due", "payment_made",
        "days_past_due", "num_late_12m"]
WINDOWS = [3, 6, 12]


def make_windows(df):
    df = df.sort_values([KEY, WHEN]).copy()
    g = df.groupby(KEY)
    for col, w in product(BASE, WINDOWS):
        past = g[col].shift(1)
        roll = past.groupby(df[KEY]).rolling(w, min_periods=1)
        df[f"{col}_mean{w}"] = roll.mean().reset_index(level=0, drop=True)
        df[f"{col}_max{w}"] = roll.max().reset_index(level=0, drop=True)
    df["pay_to_min"] = df["payment_made"] / df["min_payment_due"].clip(lower=1)
    df["bal_to_limit_chg"] = df["utilization"] - df["utilization_mean3"]
    df["stmt_index"] = g.cumcount()
    return pd.get_dummies(df, columns=["product", "income_band"], dtype=int)


raw = pd.read_csv("train.csv", parse_dates=[WHEN])
print("rows", len(raw), "borrowers", raw[KEY].nunique(), "positive rate", raw[TARGET].mean().round(4))
data = make_windows(raw)

exclude = {TARGET, KEY, WHEN, TASK["id_column"], "state", *TASK["leaky_columns"]}
candidates = [c for c in data.columns if c not in exclude]
X = data[candidates].fillna(-1)
y = data[TARGET]
print(len(candidates), "candidate features")

selector = SelectKBest(mutual_info_classif, k=25)
selector.fit(X, y)
chosen = list(X.columns[selector.get_support()])
print("selected:", chosen)

# hold out 20% of borrowers and score only their statements after the cutoff
rng = np.random.default_rng(5)
ids = data[KEY].unique()
held = rng.choice(ids, size=len(ids) // 5, replace=False)
cutoff = data[WHEN].sort_values().iloc[int(0.8 * len(data))]
train_idx = (data[WHEN] < cutoff) & ~data[KEY].isin(held)
test_idx = (data[WHEN] >= cutoff) & data[KEY].isin(held)

X_tr, y_tr = X.loc[train_idx, chosen], y[train_idx]
X_te, y_te = X.loc[test_idx, chosen], y[test_idx]

clf = LGBMClassifier(n_estimators=600, learning_rate=0.02, num_leaves=15,
                     min_child_samples=80, colsample_bytree=0.7, random_state=5)
clf.fit(X_tr, y_tr)
scores = clf.predict_proba(X_te)[:, 1]

ref = DummyClassifier(strategy="stratified", random_state=5).fit(X_tr, y_tr)
ref_scores = ref.predict_proba(X_te)[:, 1]

print(f"baseline (stratified dummy): ROC-AUC={roc_auc_score(y_te, ref_scores):.3f} AP={average_precision_score(y_te, ref_scores):.3f}")
print(f"LightGBM top-25 features   : ROC-AUC={roc_auc_score(y_te, scores):.3f} AP={average_precision_score(y_te, scores):.3f}")
