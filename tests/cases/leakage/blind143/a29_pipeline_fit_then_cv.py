"""Card-fraud take-home: frequency-encoded merchants + scaled numerics -> logistic regression.

The whole preprocessing + model is one Pipeline. I fit it on the full training file (that is the
model that writes predictions.csv) and estimate its quality with stratified 5-fold CV, which clones
and refits the pipeline on each fold.
"""
import json

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

RANDOM_STATE = 2024


class FrequencyEncoder(BaseEstimator, TransformerMixin):
    def fit(self, X, y=None):
        X = pd.DataFrame(X)
        self.counts_ = {c: X[c].value_counts(normalize=True) for c in X.columns}
        return self

    def transform(self, X):
        X = pd.DataFrame(X)
        return np.column_stack([X[c].map(self.counts_[c]).fillna(0).to_numpy() for c in X.columns])

    def get_feature_names_out(self, input_features=None):
        return np.array([f"{c}_freq" for c in self.counts_])


task = json.load(open("task.json"))
target, id_col = task["target"], task["id_column"]
leaky = task.get("leaky_columns", [])

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(f"{len(df)} transactions, fraud rate {df[target].mean():.3%}")

X = df.drop(columns=[target, id_col, *leaky])
y = df[target].to_numpy()
skewed = ["amount", "distance_from_home_km", "txn_count_24h"]
other = ["hour", "card_present", "country_mismatch", "card_age_days"]

prep = ColumnTransformer([
    ("freq", FrequencyEncoder(), ["merchant_category"]),
    ("log_scale", make_pipeline(FunctionTransformer(np.log1p, feature_names_out="one-to-one"),
                                StandardScaler()), skewed),
    ("scale", StandardScaler(), other),
])
pipe = Pipeline([("prep", prep), ("lr", LogisticRegression(C=0.3, class_weight="balanced", max_iter=5000))])

pipe.fit(X, y)
print(pd.Series(pipe["lr"].coef_[0], index=pipe["prep"].get_feature_names_out()).round(3))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
ap = cross_val_score(pipe, X, y, cv=cv, scoring="average_precision")
auc = cross_val_score(pipe, X, y, cv=cv, scoring="roc_auc")
ap0 = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring="average_precision")
print(f"dummy   AP={ap0.mean():.4f}")
print(f"logreg  AP={ap.mean():.4f} (+/- {ap.std():.4f})  AUC={auc.mean():.4f}")

X_sub = test.drop(columns=[c for c in [id_col, *leaky] if c in test.columns])
pd.DataFrame({id_col: test[id_col], "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
