#!/usr/bin/env python
# Attrition take-home: gradient boosting with a small grid search.
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

RS = 11

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train["attrition"].value_counts())
print(train.select_dtypes("object").nunique())

# ---- feature prep -------------------------------------------------------
binary_map = {"Yes": 1, "No": 0, "Male": 1, "Female": 0}
ordinal_travel = {"Non-Travel": 0, "Travel_Rarely": 1, "Travel_Frequently": 2}


def prep(frame):
    out = frame.copy()
    out["overtime"] = out["overtime"].map(binary_map)
    out["gender"] = out["gender"].map(binary_map)
    out["business_travel"] = out["business_travel"].map(ordinal_travel)
    out = pd.get_dummies(out, columns=["department", "education_field", "job_role",
                                       "marital_status"], dtype=int)
    out["income_per_level"] = out["monthly_income"] / out["job_level"]
    out["tenure_ratio"] = out["years_in_current_role"] / (out["years_at_company"] + 1)
    return out


full = prep(train)
features = [c for c in full.select_dtypes("number").columns
            if c not in ("attrition", "employee_id")]
print(len(features), "features")

X = full[features]
y = full["attrition"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=RS)

# ---- baseline -----------------------------------------------------------
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy ROC AUC %.3f  PR AUC %.3f" % (
    roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]),
    average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1])))

# ---- small grid ---------------------------------------------------------
grid = GridSearchCV(
    GradientBoostingClassifier(random_state=RS),
    param_grid={"n_estimators": [100, 300], "max_depth": [2, 3], "learning_rate": [0.05, 0.1]},
    scoring="roc_auc",
    cv=StratifiedKFold(5, shuffle=True, random_state=RS),
    n_jobs=-1,
)
grid.fit(X_tr, y_tr)
print("best params:", grid.best_params_, " cv AUC %.3f" % grid.best_score_)

p = grid.predict_proba(X_te)[:, 1]
print("test ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p)))
print(classification_report(y_te, (p > 0.3).astype(int), digits=3))

imp = pd.Series(grid.best_estimator_.feature_importances_, index=features)
print(imp.sort_values(ascending=False).head(12).round(4))

# ---- submission ---------------------------------------------------------
final = GradientBoostingClassifier(random_state=RS, **grid.best_params_).fit(X, y)
X_sub = prep(test).reindex(columns=features, fill_value=0)
pd.DataFrame({"employee_id": test["employee_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
