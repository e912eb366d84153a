"""Churn take-home: logistic regression on snapshot features + category churn rates.

Run from the bundle folder (task.json, train.csv, test.csv).
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
TIME = task["time_column"]
GROUP = task["group_column"]
LEAKY = task.get("leaky_columns", [])


class CategoryRateEncoder(BaseEstimator, TransformerMixin):
    """Replace each category by the smoothed churn rate observed for it."""

    def __init__(self, columns, smoothing=20.0):
        self.columns = columns
        self.smoothing = smoothing

    def fit(self, X, y):
        y = pd.Series(np.asarray(y), index=X.index)
        self.prior_ = float(y.mean())
        self.maps_ = {}
        for col in self.columns:
            stats = y.groupby(X[col]).agg(["sum", "count"])
            smoothed = (stats["sum"] + self.smoothing * self.prior_) / (stats["count"] + self.smoothing)
            self.maps_[col] = smoothed
        return self

    def transform(self, X):
        X = X.copy()
        for col in self.columns:
            X[col + "_rate"] = X[col].map(self.maps_[col]).astype(float).fillna(self.prior_)
        return X.drop(columns=self.columns)


df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df.shape, test.shape)
print("churn rate:", round(df[TARGET].mean(), 4))
print(df.groupby(TIME)[TARGET].mean())

# plan and region are high signal, turn them into churn rates
rate_enc = CategoryRateEncoder(["plan", "region"], smoothing=50)
df_enc = rate_enc.fit_transform(df, df[TARGET])
test_enc = rate_enc.transform(test)

# validation: last three months, customers never seen before the cut
cutoff = pd.Timestamp("2024-07-01")
tr = df_enc[df_enc[TIME] < cutoff]
va = df_enc[df_enc[TIME] >= cutoff]
va = va[~va[GROUP].isin(set(tr[GROUP]))]
print("train rows", len(tr), "valid rows", len(va))

drop_cols = [TARGET, ID, TIME, GROUP] + LEAKY
features = [c for c in df_enc.columns if c not in drop_cols]
print(features)

model = Pipeline([
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
])
model.fit(tr[features], tr[TARGET])
p_va = model.predict_proba(va[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
p_dummy = dummy.predict_proba(va[features])[:, 1]

print(f"baseline  ROC AUC {roc_auc_score(va[TARGET], p_dummy):.3f}  AP {average_precision_score(va[TARGET], p_dummy):.3f}")
print(f"logreg    ROC AUC {roc_auc_score(va[TARGET], p_va):.3f}  AP {average_precision_score(va[TARGET], p_va):.3f}")

coefs = pd.Series(model.named_steps["clf"].coef_[0], index=features).sort_values()
print(coefs)

# refit on all labelled months and write the submission
model.fit(df_enc[features], df_enc[TARGET])
pd.DataFrame({ID: test_enc[ID], "prediction": model.predict_proba(test_enc[features])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
