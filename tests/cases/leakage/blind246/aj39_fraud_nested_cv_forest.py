"""Nested cross-validation for the fraud forest.

Inner loop (3 folds) picks depth / leaf size / class weighting; outer loop
(5 folds) estimates how the *whole procedure* -- including the tuning --
performs on unseen transactions. Everything, encoders included, sits inside
one Pipeline, so each fold refits its own preprocessing.
The dummy is run through the identical outer loop as the baseline.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder

SEED = 99

data = pd.read_csv("train.csv")
print(data.shape)
print(data.dtypes)
print("fraud share:", round(data["is_fraud"].mean(), 4))

CAT = ["merchant_category", "country", "device_type"]
NUM = ["amount", "hour"]
X = data[CAT + NUM]
y = data["is_fraud"]

prep = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50), CAT),
    ("amt", FunctionTransformer(np.log1p), ["amount"]),
    ("hr", "passthrough", ["hour"]),
])
pipe = Pipeline([("prep", prep),
                 ("rf", RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=SEED))])
grid = {
    "rf__max_depth": [8, 16, None],
    "rf__min_samples_leaf": [1, 10, 50],
    "rf__class_weight": [None, "balanced_subsample"],
}

inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=SEED)
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED + 1)

tuned = GridSearchCV(pipe, grid, cv=inner, n_jobs=1)
outer_scores = cross_val_score(tuned, X, y, cv=outer)
dummy_scores = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=outer)

print("nested CV, outer folds:", np.round(outer_scores, 4))
print(f"forest   {outer_scores.mean():.4f} +/- {outer_scores.std():.4f}")
print(f"baseline {dummy_scores.mean():.4f} +/- {dummy_scores.std():.4f}")

# refit the whole procedure on all labelled rows for the submission
tuned.fit(X, y)
print("selected:", tuned.best_params_)
test = pd.read_csv("test.csv")
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": tuned.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
