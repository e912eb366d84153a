# Employee attrition - FLAML AutoML
import pandas as pd
import numpy as np
from flaml import AutoML
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
df["Attrition"] = (df["Attrition"] == "Yes").astype(int)
df = df.drop(columns=["EmployeeCount", "StandardHours", "Over18", "EmployeeNumber"])
print(df.shape, df["Attrition"].mean().round(3))

cat_cols = df.select_dtypes("object").columns.tolist()
print("categoricals:", cat_cols)  # FLAML handles object columns itself

X = df.drop(columns="Attrition")
y = df["Attrition"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)

automl = AutoML()
settings = {
    "time_budget": 180,
    "metric": "roc_auc",
    "task": "classification",
    "estimator_list": ["lgbm", "xgboost", "rf", "extra_tree", "lrl1"],
    "log_file_name": "attrition_flaml.log",
    "seed": 7,
}
automl.fit(X_train=X_train, y_train=y_train, X_val=X_test, y_val=y_test, **settings)

print("best learner :", automl.best_estimator)
print("best config  :", automl.best_config)

proba = automl.predict_proba(X_test)[:, 1]
auc = roc_auc_score(y_test, proba)
ap = average_precision_score(y_test, proba)

dummy = DummyClassifier(strategy="prior").fit(X_train.select_dtypes("number"), y_train)
dummy_proba = dummy.predict_proba(X_test.select_dtypes("number"))[:, 1]
print(f"baseline (prior)  AUC={roc_auc_score(y_test, dummy_proba):.3f}  AP={average_precision_score(y_test, dummy_proba):.3f}")
print(f"FLAML {automl.best_estimator:10s} AUC={auc:.3f}  AP={ap:.3f}")

# which features matter
if hasattr(automl.model.estimator, "feature_importances_"):
    fi = pd.Series(automl.model.estimator.feature_importances_, index=automl.feature_names_in_)
    print(fi.sort_values(ascending=False).head(12))
