"""
SECOM semiconductor manufacturing (UCI): 590 process sensor readings per
wafer, pass (-1) / fail (1). Impute -> drop constant -> standardise -> PCA
as one Pipeline, so every CV fold learns its own preprocessing.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.impute import SimpleImputer
from sklearn.feature_selection import VarianceThreshold
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.pipeline import Pipeline
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.svm import SVC
from xgboost import XGBClassifier

SEED = 11

X_raw = pd.read_csv("secom.data", sep=r"\s+", header=None)
X_raw.columns = [f"s{i:03d}" for i in range(X_raw.shape[1])]
labels = pd.read_csv("secom_labels.data", sep=r"\s+", header=None, names=["label", "date", "time"])
y = (labels["label"] == 1).astype(int).values
print(X_raw.shape, "fail rate:", y.mean().round(4))

# sensors that are mostly empty are dropped by a fixed rule on missingness
na_share = X_raw.isna().mean()
print((na_share > 0.5).sum(), "sensors more than half empty")
X_raw = X_raw.loc[:, na_share < 0.5]


def build(model):
    return Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("const", VarianceThreshold(0.0)),
        ("scale", StandardScaler()),
        ("pca", PCA(n_components=0.95, svd_solver="full", random_state=SEED)),
        ("model", model),
    ])


neg, pos = np.bincount(y)
models = {
    "baseline_dummy": DummyClassifier(strategy="stratified", random_state=SEED),
    "logreg": LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000),
    "svc": SVC(C=0.5, class_weight="balanced", probability=True, random_state=SEED),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=2, class_weight="balanced_subsample",
                                 n_jobs=-1, random_state=SEED),
    "xgb": XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, scale_pos_weight=neg / pos,
                         eval_metric="aucpr", random_state=SEED),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
scoring = {"auc": "roc_auc", "ap": "average_precision", "bal_acc": "balanced_accuracy", "recall": "recall"}
results = []
for name, model in models.items():
    cv = cross_validate(build(model), X_raw, y, cv=skf, scoring=scoring, return_estimator=True)
    n_comp = [est.named_steps["pca"].n_components_ for est in cv["estimator"]]
    results.append({"model": name,
                    "roc_auc": cv["test_auc"].mean(),
                    "avg_precision": cv["test_ap"].mean(),
                    "balanced_acc": cv["test_bal_acc"].mean(),
                    "recall": cv["test_recall"].mean(),
                    "pca_components": np.mean(n_comp)})
    print(f"{name:15s} AUC={cv['test_auc'].mean():.3f} AP={cv['test_ap'].mean():.3f} "
          f"balAcc={cv['test_bal_acc'].mean():.3f}")

results = pd.DataFrame(results).set_index("model")
print(results.round(3))

ax = results[["roc_auc", "balanced_acc"]].plot(kind="bar", rot=0, figsize=(9, 4))
ax.axhline(0.5, ls="--", c="grey")
plt.ylim(0.4, 0.9)
plt.title("5-fold CV, preprocessing refit per fold")
plt.show()
