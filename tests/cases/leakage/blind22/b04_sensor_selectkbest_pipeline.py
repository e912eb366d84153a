"""Wafer sensor data: pass/fail classification with univariate feature selection."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif, VarianceThreshold
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, balanced_accuracy_score, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

SEED = 11

df = pd.read_csv("train.csv")
sensor_cols = [c for c in df.columns if c.startswith("s_")]
print(f"{len(df)} wafers, {len(sensor_cols)} sensor channels")
print("missing share (top 5):")
print(df[sensor_cols].isna().mean().sort_values(ascending=False).head())

X = df[sensor_cols]
y = (df["result"] == "fail").astype(int)

X_dev, X_test, y_dev, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=SEED
)

pipe = Pipeline(
    steps=[
        ("impute", SimpleImputer(strategy="median")),
        ("var", VarianceThreshold(threshold=1e-6)),
        ("scale", StandardScaler()),
        ("kbest", SelectKBest(score_func=f_classif, k=50)),
        ("clf", LogisticRegression(max_iter=3000, class_weight="balanced")),
    ]
)

grid = {
    "kbest__k": [20, 50, 100, 200],
    "clf__C": [0.01, 0.1, 1.0],
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=cv, n_jobs=-1, refit=True)
search.fit(X_dev, y_dev)

print("best params:", search.best_params_)
print(f"CV AUC (dev): {search.best_score_:.4f}")

cv_table = pd.DataFrame(search.cv_results_)[
    ["param_kbest__k", "param_clf__C", "mean_test_score", "std_test_score"]
].sort_values("mean_test_score", ascending=False)
print(cv_table.head(8).to_string(index=False))

proba = search.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"test AUC               {roc_auc_score(y_test, proba):.4f}")
print(f"test balanced accuracy {balanced_accuracy_score(y_test, pred):.4f}")
print(f"test F1                {f1_score(y_test, pred):.4f}")

kbest = search.best_estimator_.named_steps["kbest"]
var = search.best_estimator_.named_steps["var"]
kept_after_var = np.array(sensor_cols)[var.get_support()]
chosen = kept_after_var[kbest.get_support()]
print("selected channels:", ", ".join(chosen[:15]), "...")
