"""Bearing faults: sktime MiniRocket in a scikit-learn pipeline, stratified 5-fold CV.

The pipeline (MiniRocket -> StandardScaler -> logistic regression) is refitted inside each
fold by cross_validate, so the transform never sees the held-out fold.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sktime.transformations.panel.rocket import MiniRocket

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
sig_cols = [c for c in df.columns if c.startswith("v_")]

# sktime accepts 3D numpy panels: (n_instances, n_columns, n_timepoints)
X = df[sig_cols].to_numpy()[:, np.newaxis, :]
y = df["fault"].to_numpy()
X_test = test[sig_cols].to_numpy()[:, np.newaxis, :]

pipe = make_pipeline(
    MiniRocket(num_kernels=5_000, random_state=0),
    StandardScaler(with_mean=False),
    LogisticRegression(C=0.05, class_weight="balanced", max_iter=4000),
)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
metrics = ["roc_auc", "average_precision", "balanced_accuracy", "recall"]

model_cv = cross_validate(pipe, X, y, cv=cv, scoring=metrics, n_jobs=1)
dummy_cv = cross_validate(DummyClassifier(strategy="prior"), X.reshape(len(X), -1), y, cv=cv, scoring=metrics)

summary = pd.DataFrame({
    "dummy": {m: dummy_cv[f"test_{m}"].mean() for m in metrics},
    "minirocket_lr": {m: model_cv[f"test_{m}"].mean() for m in metrics},
    "minirocket_lr_std": {m: model_cv[f"test_{m}"].std() for m in metrics},
})
print(summary.round(3))

pipe.fit(X, y)
pd.DataFrame({"window_id": test["window_id"], "prediction": pipe.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("saved predictions.csv")
