# Churn - nested cross-validation so that the hyper-parameter search does not
# bias the performance estimate. Outer 5 folds for the estimate, inner 3 folds
# for the search. Leaky columns from task.json are dropped up front.
import json
import warnings

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")

meta = json.load(open("task.json"))
y_col = meta["target"]
drop = [meta["id_column"], meta["group_column"], meta["time_column"], y_col] + meta["leaky_columns"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
X = train.drop(columns=drop)
y = train[y_col]
print(X.columns.tolist())
print("positive rate:", y.mean().round(4))

cat_cols = X.select_dtypes("object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]

prep = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("num", StandardScaler(), num_cols),
])

searches = {
    "logreg": GridSearchCV(
        Pipeline([("prep", prep), ("m", LogisticRegression(max_iter=3000))]),
        {"m__C": [0.01, 0.1, 1, 10]},
        cv=StratifiedKFold(3, shuffle=True, random_state=1), scoring="roc_auc"),
    "hgb": GridSearchCV(
        Pipeline([("prep", prep), ("m", HistGradientBoostingClassifier(random_state=0))]),
        {"m__learning_rate": [0.03, 0.1], "m__max_leaf_nodes": [15, 31]},
        cv=StratifiedKFold(3, shuffle=True, random_state=1), scoring="roc_auc"),
    "baseline": Pipeline([("prep", prep), ("m", DummyClassifier(strategy="prior"))]),
}

outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
scoring = ["roc_auc", "average_precision", "neg_brier_score"]
fold_scores = {}
summary = []
for name, est in searches.items():
    res = cross_validate(est, X, y, cv=outer, scoring=scoring, n_jobs=-1)
    fold_scores[name] = res["test_roc_auc"]
    summary.append({
        "model": name,
        "roc_auc": f"{res['test_roc_auc'].mean():.3f} ± {res['test_roc_auc'].std():.3f}",
        "pr_auc": f"{res['test_average_precision'].mean():.3f} ± {res['test_average_precision'].std():.3f}",
        "brier": f"{-res['test_neg_brier_score'].mean():.4f}",
    })
print(pd.DataFrame(summary).to_string(index=False))

# paired t-test on the outer-fold AUCs (same folds for both models)
t, p = stats.ttest_rel(fold_scores["hgb"], fold_scores["logreg"])
print(f"hgb vs logreg: t={t:.2f}, p={p:.3f}")
winner = "hgb" if fold_scores["hgb"].mean() > fold_scores["logreg"].mean() else "logreg"

final = searches[winner].fit(X, y)
print("final params:", final.best_params_)
pred = final.predict_proba(test.drop(columns=[c for c in drop if c in test.columns]))[:, 1]
pd.DataFrame({meta["id_column"]: test[meta["id_column"]], "prediction": pred}).to_csv("predictions.csv", index=False)
