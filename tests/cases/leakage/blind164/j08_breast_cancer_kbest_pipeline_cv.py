# Wisconsin breast cancer (diagnostic) - malignant vs benign
# Feature selection is part of each pipeline so every CV fold picks its own 10 features.
import warnings

import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

warnings.filterwarnings("ignore")

data = load_breast_cancer(as_frame=True)
df = data.frame
df["malignant"] = 1 - df["target"]
df = df.drop(columns=["target"])
print(df.shape)
print(df["malignant"].value_counts())

X = df.drop(columns=["malignant"])
y = df["malignant"]


def with_selection(estimator):
    return Pipeline([
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=f_classif, k=10)),
        ("clf", estimator),
    ])


cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
models = {
    "majority (dummy)": DummyClassifier(strategy="most_frequent"),
    "logreg": with_selection(LogisticRegression(max_iter=1000)),
    "knn": with_selection(KNeighborsClassifier(n_neighbors=7)),
    "svm_rbf": with_selection(SVC(C=2.0, probability=True)),
}

rows = []
for name, model in models.items():
    res = cross_validate(model, X, y, cv=cv, scoring=["accuracy", "recall", "roc_auc"])
    rows.append({
        "model": name,
        "accuracy": res["test_accuracy"].mean(),
        "recall": res["test_recall"].mean(),
        "roc_auc": res["test_roc_auc"].mean(),
    })

summary = pd.DataFrame(rows).set_index("model").round(4)
print(summary.sort_values("roc_auc", ascending=False))

best = summary.drop(index="majority (dummy)")["roc_auc"].idxmax()
gain = summary.loc[best, "roc_auc"] - summary.loc["majority (dummy)", "roc_auc"]
print(f"best pipeline: {best} (+{gain:.3f} ROC AUC over the majority-class dummy)")
