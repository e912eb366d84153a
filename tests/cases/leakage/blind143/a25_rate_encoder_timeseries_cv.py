"""
churn-snapshots: target-rate features + HistGradientBoosting, evaluated with TimeSeriesSplit.

Rows are sorted by snapshot month so every CV fold trains on earlier months and
validates on later ones.
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_val_score

TASK = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = TASK["target"], TASK["id_column"], TASK["time_column"], TASK["group_column"]


class TargetRateEncoder(BaseEstimator, TransformerMixin):
    """Adds <col>_churn_rate for each categorical column (Bayesian-smoothed)."""

    def __init__(self, cols=("plan", "region"), alpha=30):
        self.cols = cols
        self.alpha = alpha

    def fit(self, X, y):
        frame = X[list(self.cols)].assign(_y=np.asarray(y))
        self.global_ = frame["_y"].mean()
        self.rates_ = {}
        for c in self.cols:
            agg = frame.groupby(c)["_y"].agg(["sum", "count"])
            self.rates_[c] = (agg["sum"] + self.alpha * self.global_) / (agg["count"] + self.alpha)
        return self

    def transform(self, X):
        out = X.copy()
        for c in self.cols:
            out[f"{c}_churn_rate"] = out[c].map(self.rates_[c]).astype(float).fillna(self.global_)
        return out.drop(columns=list(self.cols))


df = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME, kind="stable").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME])

features = ["plan", "region", "tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

enc = TargetRateEncoder()
X = enc.fit_transform(df[features], df[TARGET])
y = df[TARGET]
X_test = enc.transform(test[features])
print(X.columns.tolist())

tscv = TimeSeriesSplit(n_splits=4)
for k, (a, b) in enumerate(tscv.split(X)):
    print(f"fold {k}: train to {df.loc[a, TIME].max().date()}  valid {df.loc[b, TIME].min().date()}..{df.loc[b, TIME].max().date()}")

hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=20,
                                     min_samples_leaf=40, random_state=0)
auc = cross_val_score(hgb, X, y, cv=tscv, scoring="roc_auc")
ap = cross_val_score(hgb, X, y, cv=tscv, scoring="average_precision")
base_auc = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring="roc_auc")
base_ap = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=tscv, scoring="average_precision")

print(f"baseline (prior): AUC {base_auc.mean():.3f}  AP {base_ap.mean():.3f}")
print(f"HGB:              AUC {auc.mean():.3f} +/- {auc.std():.3f}  AP {ap.mean():.3f}")

hgb.fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": hgb.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
