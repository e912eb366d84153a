"""
Card fraud - ColumnTransformer driven by dtypes, L1 logistic regression.

Every numeric column goes through a quantile clipper + scaler, the one categorical column is
one-hot encoded. Validation on a stratified 20% holdout.
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


class Winsorizer(BaseEstimator, TransformerMixin):
    def __init__(self, q=0.005):
        self.q = q

    def fit(self, X, y=None):
        arr = np.asarray(X, dtype=float)
        self.low_ = np.nanquantile(arr, self.q, axis=0)
        self.high_ = np.nanquantile(arr, 1 - self.q, axis=0)
        return self

    def transform(self, X):
        return np.clip(np.asarray(X, dtype=float), self.low_, self.high_)

    def get_feature_names_out(self, input_features=None):
        return np.asarray(input_features, dtype=object)


task = json.load(open("task.json"))
target, id_col = task["target"], task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.dtypes)

num_cols = [c for c in df.columns if df[c].dtype != object and c not in (target, id_col)]
cat_cols = [c for c in df.columns if df[c].dtype == object and c != id_col]
print("numeric:", num_cols)
print("categorical:", cat_cols)

pre = ColumnTransformer([
    ("num", make_pipeline(Winsorizer(0.005), StandardScaler()), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), cat_cols),
])
clf = make_pipeline(pre, LogisticRegression(penalty="l1", solver="liblinear", C=0.1, class_weight="balanced"))

X, y = df[num_cols + cat_cols], df[target]
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=17)

clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]

print(f"baseline (prior)  AP {average_precision_score(y_va, base):.4f}  AUC {roc_auc_score(y_va, base):.4f}")
print(f"L1 logreg         AP {average_precision_score(y_va, p_va):.4f}  AUC {roc_auc_score(y_va, p_va):.4f}")

names = clf[0].get_feature_names_out()
coef = pd.Series(clf[-1].coef_[0], index=names)
print(coef[coef != 0].sort_values(key=np.abs, ascending=False).head(15))

clf.fit(X, y)
pd.DataFrame({id_col: test[id_col], "prediction": clf.predict_proba(test[num_cols + cat_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
