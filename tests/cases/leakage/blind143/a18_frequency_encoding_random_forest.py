"""
Churn take-home (churn-snapshots).

Approach
  * frequency-encode plan / region (how common a plan is turns out to matter)
  * random forest, class_weight balanced
  * validate on the last quarter of train, new customers only
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score


class FreqEncoder(BaseEstimator, TransformerMixin):
    def __init__(self, cols, suffix="_freq"):
        self.cols = cols
        self.suffix = suffix

    def fit(self, X, y=None):
        self.tables_ = {c: X[c].value_counts(normalize=True).to_dict() for c in self.cols}
        return self

    def transform(self, X):
        X = X.copy()
        for c in self.cols:
            X[c + self.suffix] = X[c].map(self.tables_[c]).fillna(0.0)
        return X


with open("task.json") as f:
    meta = json.load(f)

target = meta["target"]
id_col = meta["id_column"]
time_col = meta["time_column"]
group_col = meta["group_column"]

train = pd.read_csv("train.csv", parse_dates=[time_col])
test = pd.read_csv("test.csv", parse_dates=[time_col])

enc = FreqEncoder(["plan", "region"])
enc.fit(train)
train = enc.transform(train)
test = enc.transform(test)

features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "plan_freq", "region_freq"]

split_date = pd.Timestamp("2024-07-01")
past = train[train[time_col] < split_date]
recent = train[(train[time_col] >= split_date) & ~train[group_col].isin(past[group_col])]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=25, max_features="sqrt",
                            class_weight="balanced", n_jobs=-1, random_state=0)
rf.fit(past[features], past[target])
scores = rf.predict_proba(recent[features])[:, 1]

auc = roc_auc_score(recent[target], scores)
ap = average_precision_score(recent[target], scores)
print(f"validation ROC AUC = {auc:.4f}")
print(f"validation AP      = {ap:.4f}")

print("positives in validation:", int(recent[target].sum()), "of", len(recent))
print("mean score churners / others:", scores[recent[target].to_numpy() == 1].mean().round(3),
      scores[recent[target].to_numpy() == 0].mean().round(3))

for name, imp in sorted(zip(features, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:24s} {imp:.3f}")

rf.fit(train[features], train[target])
pd.DataFrame({id_col: test[id_col], "prediction": rf.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
