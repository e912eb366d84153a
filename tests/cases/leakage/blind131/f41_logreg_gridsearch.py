"""Churn snapshots: tuned logistic regression.

Everything (imputation, scaling, one-hot) lives inside the pipeline, so each CV fold is preprocessed
on its own training part. Hyper-parameters are chosen by 5-fold stratified CV.
"""
import json
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, GridSearchCV, cross_val_score

task = json.load(open("task.json"))
target, id_col = task["target"], task["id_column"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[target].value_counts(normalize=True))

NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region", "has_discount"]

X = train[NUM + CAT]
y = train[target]

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
    (OneHotEncoder(handle_unknown="ignore"), CAT),
)
pipe = make_pipeline(prep, LogisticRegression(max_iter=5000, solver="saga"))

grid = {
    "logisticregression__C": [0.01, 0.03, 0.1, 0.3, 1, 3],
    "logisticregression__penalty": ["l1", "l2"],
    "logisticregression__class_weight": [None, "balanced"],
}
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=41)
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=skf, n_jobs=-1, verbose=1)
search.fit(X, y)

print("best params:", search.best_params_)
print("CV ROC AUC of best model: %.4f" % search.best_score_)

dummy_scores = cross_val_score(make_pipeline(prep, DummyClassifier(strategy="prior")), X, y,
                               scoring="roc_auc", cv=skf)
print("CV ROC AUC of dummy baseline: %.4f" % dummy_scores.mean())

cvres = pd.DataFrame(search.cv_results_)
print(cvres.sort_values("rank_test_score")[["params", "mean_test_score", "std_test_score"]].head(8).to_string())

best = search.best_estimator_
preds = best.predict_proba(test[NUM + CAT])[:, 1]
pd.DataFrame({id_col: test[id_col], "prediction": preds}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
