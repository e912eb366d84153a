"""
Churn take-home - cross-validated logistic model with a frequency encoder.

Customers appear in many monthly snapshots, so the CV keeps each customer's rows
in a single fold (GroupKFold on customer_id).
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


class FrequencyEncoder(BaseEstimator, TransformerMixin):
    """Category -> share of training rows with that category."""

    def fit(self, X, y=None):
        X = pd.DataFrame(X)
        self.freqs_ = {c: X[c].value_counts(normalize=True) for c in X.columns}
        return self

    def transform(self, X):
        X = pd.DataFrame(X)
        out = pd.DataFrame(index=X.index)
        for c in X.columns:
            out[c + "_freq"] = X[c].map(self.freqs_[c]).fillna(0.0)
        return out

    def get_feature_names_out(self, input_features=None):
        return np.array([c + "_freq" for c in self.freqs_])


task = json.load(open("task.json"))
y_col, id_col, grp = task["target"], task["id_column"], task["group_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

cats = ["plan", "region"]
nums = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

X = df[cats + nums]
y = df[y_col]
groups = df[grp]

pre = ColumnTransformer([
    ("freq", FrequencyEncoder(), cats),
    ("num", StandardScaler(), nums),
]).set_output(transform="pandas")

pipe = Pipeline([
    ("pre", pre),
    ("lr", LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)),
])

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "average_precision"]
res = cross_validate(pipe, X, y, groups=groups, cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)

for name, r in [("dummy", res_dummy), ("logreg", res)]:
    print(f"{name:7s} AUC {r['test_roc_auc'].mean():.3f} +/- {r['test_roc_auc'].std():.3f}   "
          f"AP {r['test_average_precision'].mean():.3f}")

pipe.fit(X, y)
coef = pd.Series(pipe["lr"].coef_[0], index=pipe["pre"].get_feature_names_out())
print(coef.sort_values())

pred = pipe.predict_proba(test[cats + nums])[:, 1]
pd.DataFrame({id_col: test[id_col], "prediction": pred}).to_csv("predictions.csv", index=False)
