"""
SECOM semiconductor manufacturing (UCI): 590 process sensor readings per
wafer, pass (-1) / fail (1). Lots of NaNs and redundant sensors, so:
mean-impute, standardise, PCA to 95% variance, then a few classifiers.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import StratifiedKFold, cross_validate
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

# --- drop useless sensors --------------------------------------------------
na_share = X_raw.isna().mean()
X_raw = X_raw.loc[:, na_share < 0.5]
X_raw = X_raw.loc[:, X_raw.nunique() > 1]
print("after dropping empty / constant sensors:", X_raw.shape)

# --- impute / scale / reduce ----------------------------------------------
imputer = SimpleImputer(strategy="mean")
X_imp = imputer.fit_transform(X_raw)

scaler = StandardScaler()
X_std = scaler.fit_transform(X_imp)

pca = PCA(n_components=0.95, svd_solver="full", random_state=SEED)
X_pca = pca.fit_transform(X_std)
print("PCA components kept:", pca.n_components_)

plt.figure(figsize=(8, 4))
plt.plot(np.cumsum(pca.explained_variance_ratio_))
plt.axhline(0.95, ls="--", c="r")
plt.xlabel("components"); plt.ylabel("cumulative explained variance")
plt.show()

plt.figure(figsize=(6, 5))
plt.scatter(X_pca[y == 0, 0], X_pca[y == 0, 1], s=6, alpha=0.4, label="pass")
plt.scatter(X_pca[y == 1, 0], X_pca[y == 1, 1], s=12, c="r", label="fail")
plt.legend(); plt.title("first two PCs")
plt.show()

# --- models ------------------------------------------------------------------
neg, pos = np.bincount(y)
models = {
    "logreg": LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000),
    "svc": SVC(C=0.5, class_weight="balanced", probability=True, random_state=SEED),
    "rf": RandomForestClassifier(n_estimators=500, min_samples_leaf=2, class_weight="balanced_subsample",
                                 n_jobs=-1, random_state=SEED),
    "xgb": XGBClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, scale_pos_weight=neg / pos,
                         eval_metric="aucpr", random_state=SEED),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
results = []
for name, model in models.items():
    cv = cross_validate(model, X_pca, y, cv=skf,
                        scoring={"auc": "roc_auc", "ap": "average_precision",
                                 "bal_acc": "balanced_accuracy", "recall": "recall"})
    results.append({"model": name,
                    "roc_auc": cv["test_auc"].mean(),
                    "avg_precision": cv["test_ap"].mean(),
                    "balanced_acc": cv["test_bal_acc"].mean(),
                    "recall": cv["test_recall"].mean()})
    print(f"{name:7s} AUC={cv['test_auc'].mean():.3f} AP={cv['test_ap'].mean():.3f} "
          f"balAcc={cv['test_bal_acc'].mean():.3f}")

results = pd.DataFrame(results).set_index("model")
print(results.round(3))
results[["roc_auc", "balanced_acc"]].plot(kind="bar", rot=0, figsize=(8, 4))
plt.ylim(0.4, 0.9)
plt.show()
