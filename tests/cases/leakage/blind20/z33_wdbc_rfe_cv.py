"""Breast cancer (WDBC) diagnosis: recursive feature elimination + logistic regression."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

COLUMNS = ["id", "diagnosis"] + [
    f"{stat}_{feat}"
    for stat in ("mean", "se", "worst")
    for feat in (
        "radius", "texture", "perimeter", "area", "smoothness",
        "compactness", "concavity", "concave_points", "symmetry", "fractal_dimension",
    )
]

wdbc = pd.read_csv("data/wdbc.data", header=None, names=COLUMNS)
y = (wdbc["diagnosis"] == "M").astype(int)
X = wdbc.drop(columns=["id", "diagnosis"])
print(X.shape, "malignant share:", round(y.mean(), 3))

ranker = RFE(
    estimator=RandomForestClassifier(n_estimators=300, random_state=0),
    n_features_to_select=10,
    step=2,
)
ranker.fit(X, y)
chosen = X.columns[ranker.support_]
print("kept:", list(chosen))
X_small = X[chosen]

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
metrics = ["accuracy", "roc_auc", "f1", "recall"]

model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
res = cross_validate(model, X_small, y, cv=cv, scoring=metrics)

ref = DummyClassifier(strategy="most_frequent")
ref_res = cross_validate(ref, X_small, y, cv=cv, scoring=["accuracy", "roc_auc"])

for m in metrics:
    s = res[f"test_{m}"]
    print(f"{m:>9s}: {np.mean(s):.4f} +/- {np.std(s):.4f}")
print(f"dummy accuracy: {np.mean(ref_res['test_accuracy']):.4f}, dummy auc: {np.mean(ref_res['test_roc_auc']):.4f}")
