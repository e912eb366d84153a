"""Churn take-home: logistic regression with a churn-rate encoder kept inside the pipeline."""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

with open("task.json") as fh:
    task = json.load(fh)
TARGET, ID = task["target"], task["id_column"]
TIME, GROUP = task["time_column"], task["group_column"]
LEAKY = task.get("leaky_columns", [])


class CategoryRateEncoder(BaseEstimator, TransformerMixin):
    """Smoothed per-category churn rate; categories unseen in fit get the prior."""

    def __init__(self, columns, smoothing=20.0):
        self.columns = columns
        self.smoothing = smoothing

    def fit(self, X, y):
        y = pd.Series(np.asarray(y), index=X.index)
        self.prior_ = float(y.mean())
        self.maps_ = {}
        for col in self.columns:
            stats = y.groupby(X[col]).agg(["sum", "count"])
            self.maps_[col] = (stats["sum"] + self.smoothing * self.prior_) / (stats["count"] + self.smoothing)
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

drop_cols = [TARGET, ID, TIME, GROUP] + LEAKY
features = [c for c in df.columns if c not in drop_cols]

cutoff = pd.Timestamp("2024-07-01")
tr = df[df[TIME] < cutoff]
va = df[df[TIME] >= cutoff]
va = va[~va[GROUP].isin(set(tr[GROUP]))]
print("train rows", len(tr), "valid rows", len(va), "valid customers", va[GROUP].nunique())

model = Pipeline([
    ("rates", CategoryRateEncoder(["plan", "region"], smoothing=50)),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
])
model.fit(tr[features], tr[TARGET])
p_va = model.predict_proba(va[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET])
p_dummy = dummy.predict_proba(va[features])[:, 1]

print(f"baseline  ROC AUC {roc_auc_score(va[TARGET], p_dummy):.3f}  AP {average_precision_score(va[TARGET], p_dummy):.3f}")
print(f"logreg    ROC AUC {roc_auc_score(va[TARGET], p_va):.3f}  AP {average_precision_score(va[TARGET], p_va):.3f}")

print(model.named_steps["rates"].maps_["plan"])

model.fit(df[features], df[TARGET])
sub = pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[features])[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
