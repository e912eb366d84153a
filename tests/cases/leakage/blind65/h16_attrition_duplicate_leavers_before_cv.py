"""Attrition classifier.

Leavers are rare, so I up-weight them by duplicating leaver rows three times before
modelling; then 5-fold stratified out-of-fold predictions for evaluation.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import roc_auc_score, f1_score, average_precision_score

CAT = ["business_travel", "department", "education_field", "gender", "job_role",
       "marital_status", "overtime"]
NUM = ["age", "monthly_income", "job_level", "stock_option_level", "total_working_years",
       "years_at_company", "years_in_current_role", "years_since_last_promotion",
       "environment_satisfaction", "job_satisfaction", "work_life_balance",
       "distance_from_home", "num_companies_worked", "training_times_last_year"]

raw = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("original class counts:", raw["attrition"].value_counts().to_dict())

leavers = raw[raw["attrition"] == 1]
df = pd.concat([raw] + [leavers] * 3, ignore_index=True).sample(frac=1.0, random_state=8)
print("after duplication:", df["attrition"].value_counts().to_dict())

X, y = df[CAT + NUM], df["attrition"]

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", StandardScaler(), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])),
    ("lr", LogisticRegression(C=0.5, max_iter=3000)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=8)
oof = cross_val_predict(pipe, X, y, cv=cv, method="predict_proba")[:, 1]
oof_dummy = cross_val_predict(DummyClassifier(strategy="prior"), X, y, cv=cv,
                              method="predict_proba")[:, 1]

print("OOF ROC AUC : model %.3f   baseline %.3f" % (roc_auc_score(y, oof), roc_auc_score(y, oof_dummy)))
print("OOF PR AUC  : model %.3f   baseline %.3f" % (average_precision_score(y, oof),
                                                   average_precision_score(y, oof_dummy)))
print("OOF F1@0.5  : model %.3f" % f1_score(y, (oof >= 0.5).astype(int)))

pipe.fit(X, y)
names = pipe.named_steps["prep"].get_feature_names_out()
coef = pd.Series(pipe.named_steps["lr"].coef_[0], index=names).sort_values()
print(coef.head(8).round(3))
print(coef.tail(8).round(3))

pd.DataFrame({"employee_id": test["employee_id"],
              "prediction": pipe.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
