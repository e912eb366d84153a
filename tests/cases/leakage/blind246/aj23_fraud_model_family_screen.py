"""Screen a few model families on a stratified validation split, then refit
the winner on all labelled data for the submission.

Note to self / reviewer: this is the screening step only. Thresholding for the
review queue is in policy.py (not needed to reproduce predictions.csv).
"""
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 3

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.describe().T[["mean", "std", "min", "max"]])
print(train.is_fraud.value_counts(normalize=True))

CAT = ["merchant_category", "country", "device_type"]
NUM = ["amount", "hour"]
X = train[CAT + NUM]
y = train["is_fraud"]

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)


def prep(scale):
    num_steps = [SimpleImputer(strategy="median")] + ([StandardScaler()] if scale else [])
    return ColumnTransformer([
        ("num", make_pipeline(*num_steps), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT),
    ])


candidates = {
    "baseline_dummy": make_pipeline(prep(False), DummyClassifier(strategy="most_frequent")),
    "logreg": make_pipeline(prep(True), LogisticRegression(C=0.5, max_iter=3000, class_weight="balanced")),
    "random_forest": make_pipeline(prep(False), RandomForestClassifier(n_estimators=400, min_samples_leaf=5,
                                                                      class_weight="balanced_subsample",
                                                                      n_jobs=-1, random_state=SEED)),
    "hist_gbm": make_pipeline(prep(False), HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05,
                                                                          random_state=SEED)),
}

results = {}
for name, est in candidates.items():
    t0 = time.time()
    est.fit(X_tr, y_tr)
    results[name] = est.score(X_va, y_va)
    print(f"{name:15s} validation score {results[name]:.4f}   ({time.time() - t0:.1f}s)")

best_name = max((k for k in results if k != "baseline_dummy"), key=results.get)
print("best:", best_name, "margin over baseline:", round(results[best_name] - results["baseline_dummy"], 4))

final = candidates[best_name].fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
print("predictions.csv written,", len(test), "rows")
