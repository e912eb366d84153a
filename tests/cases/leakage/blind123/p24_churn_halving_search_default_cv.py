# churn take-home: successive-halving search over a random forest, learning curve, predictions
import json

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import HalvingGridSearchCV, cross_val_score, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

task = json.load(open("task.json"))
target = task["target"]
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train[target].value_counts(normalize=True).round(4))
print(train.groupby("plan_type")[target].mean().round(3))

drop_cols = [target, task["id_column"], "customer_id", "snapshot_month", *task["leaky_columns"]]
X = train.drop(columns=drop_cols)
y = train[target]

pipe = make_pipeline(
    make_column_transformer(
        (SimpleImputer(strategy="median"), make_column_selector(dtype_include=np.number)),
        (OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object)),
    ),
    RandomForestClassifier(class_weight="balanced_subsample", n_jobs=-1, random_state=0),
)

param_grid = {
    "randomforestclassifier__max_depth": [6, 10, 16, None],
    "randomforestclassifier__min_samples_leaf": [1, 5, 20],
    "randomforestclassifier__max_features": ["sqrt", 0.3, 0.6],
}
search = HalvingGridSearchCV(
    pipe, param_grid,
    resource="randomforestclassifier__n_estimators", min_resources=50, max_resources=800,
    factor=2, scoring="roc_auc", cv=5, random_state=0, n_jobs=-1,
)
search.fit(X, y)
print("best params:", search.best_params_)
print("best CV ROC AUC: %.4f" % search.best_score_)

baseline_auc = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=5, scoring="roc_auc")
best_ap = cross_val_score(search.best_estimator_, X, y, cv=5, scoring="average_precision")
base_ap = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=5, scoring="average_precision")
print("dummy ROC AUC %.4f | AP model %.4f vs dummy %.4f" % (baseline_auc.mean(), best_ap.mean(), base_ap.mean()))

sizes, train_scores, valid_scores = learning_curve(
    search.best_estimator_, X, y, cv=5, scoring="roc_auc",
    train_sizes=np.linspace(0.1, 1.0, 6), n_jobs=-1,
)
plt.plot(sizes, train_scores.mean(axis=1), marker="o", label="train")
plt.plot(sizes, valid_scores.mean(axis=1), marker="o", label="validation")
plt.xlabel("training rows")
plt.ylabel("ROC AUC")
plt.legend()
plt.savefig("learning_curve.png", dpi=120)

final = search.best_estimator_
proba = final.predict_proba(test.drop(columns=[c for c in drop_cols if c in test.columns]))[:, 1]
pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": proba}).to_csv("predictions.csv", index=False)
print("done")
