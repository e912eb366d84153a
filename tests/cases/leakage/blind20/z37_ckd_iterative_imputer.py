"""Chronic kidney disease from routine lab panels.

Missing lab values are imputed with IterativeImputer inside the pipeline so
that cross-validation refits the imputer on each fold's training rows.
"""
import numpy as np
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer
from sklearn.linear_model import BayesianRidge, LogisticRegression
from sklearn.metrics import f1_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import QuantileTransformer

LABS = ["age", "bp", "sg", "al", "su", "bgr", "bu", "sc", "sod", "pot", "hemo", "pcv", "wc", "rc"]
FLAGS = {"htn": "yes", "dm": "yes", "cad": "yes", "appet": "poor", "pe": "yes", "ane": "yes"}


def load(path="data/kidney_disease.csv"):
    df = pd.read_csv(path)
    for col in ["pcv", "wc", "rc"]:
        df[col] = pd.to_numeric(df[col].astype(str).str.strip(), errors="coerce")
    for col, positive in FLAGS.items():
        df[col] = (df[col].astype(str).str.strip() == positive).astype(float)
    df["target"] = df["classification"].astype(str).str.strip().eq("ckd").astype(int)
    return df


df = load()
X = df[LABS + list(FLAGS)]
y = df["target"]
print(X.isna().mean().sort_values(ascending=False).head(8).round(2))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=2)

model = Pipeline(
    [
        ("impute", IterativeImputer(estimator=BayesianRidge(), max_iter=15, random_state=2)),
        ("quantile", QuantileTransformer(n_quantiles=100, output_distribution="normal")),
        ("logit", LogisticRegression(C=0.3, max_iter=2000)),
    ]
)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
print(f"CV ROC AUC on training part: {cv_auc.mean():.4f} +/- {cv_auc.std():.4f}")

model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"test ROC AUC : {roc_auc_score(y_test, proba):.4f}")
print(f"test recall  : {recall_score(y_test, pred):.4f}")
print(f"test F1      : {f1_score(y_test, pred):.4f}")
