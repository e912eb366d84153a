# Wisconsin breast cancer (diagnostic) - malignant vs benign
# Keep only the most informative measurements, then compare a few classifiers with 10-fold CV.
import warnings

import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

warnings.filterwarnings("ignore")

data = load_breast_cancer(as_frame=True)
df = data.frame
# in sklearn's version 0 = malignant, flip it so 1 = malignant (the class we care about)
df["malignant"] = 1 - df["target"]
df = df.drop(columns=["target"])
print(df.shape)
print(df["malignant"].value_counts())

X = df.drop(columns=["malignant"])
y = df["malignant"]

# many of the 30 features are near-duplicates (radius/perimeter/area), keep the 10 best by ANOVA F
selector = SelectKBest(score_func=f_classif, k=10)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
models = {
    "majority (dummy)": DummyClassifier(strategy="most_frequent"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "knn": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=7)),
    "svm_rbf": make_pipeline(StandardScaler(), SVC(C=2.0, probability=True)),
}

rows = []
for name, model in models.items():
    res = cross_validate(model, X_sel, y, cv=cv, scoring=["accuracy", "recall", "roc_auc"])
    rows.append({
        "model": name,
        "accuracy": res["test_accuracy"].mean(),
        "recall": res["test_recall"].mean(),
        "roc_auc": res["test_roc_auc"].mean(),
    })

summary = pd.DataFrame(rows).set_index("model").round(4)
print(summary.sort_values("roc_auc", ascending=False))

best = summary["roc_auc"].idxmax()
print(f"\nbest model by CV ROC AUC: {best}")
