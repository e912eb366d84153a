"""Next-month churn - 5-fold CV of a logistic regression pipeline vs a prior baseline."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

CAT = ["plan", "region", "payment_method", "contract_type"]
NUM = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
       "payment_failures_90d", "avg_session_minutes", "discount_pct"]

X = train[CAT + NUM]
y = train[TARGET]
X_test = test[CAT + NUM]
print(X.shape, "positive rate", round(y.mean(), 4))

preprocess = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
    (OneHotEncoder(handle_unknown="ignore"), CAT),
)
model = make_pipeline(preprocess, LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced"))
baseline = DummyClassifier(strategy="prior")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "average_precision"]

results = {}
for name, est in [("baseline", baseline), ("logreg", model)]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring, n_jobs=-1)
    results[name] = {m: (res[f"test_{m}"].mean(), res[f"test_{m}"].std()) for m in scoring}

for name, r in results.items():
    print(name.ljust(9), "  ".join(f"{m}={mu:.4f}+-{sd:.4f}" for m, (mu, sd) in r.items()))

model.fit(X, y)
coef_names = model[:-1].get_feature_names_out()
coefs = pd.Series(model[-1].coef_[0], index=coef_names).sort_values()
print("most negative:\n", coefs.head(5))
print("most positive:\n", coefs.tail(5))

pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(results["logreg"]["roc_auc"][0], 4)}, open("metrics.json", "w"))
