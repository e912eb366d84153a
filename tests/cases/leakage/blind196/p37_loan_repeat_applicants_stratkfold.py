"""Loan approval prediction - logistic regression with 5-fold CV.

Data: loan_applications.csv, one row per application
(application_id, customer_id, income, loan_amount, term_months, credit_score,
 employment_years, purpose, home_ownership, approved).
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("loan_applications.csv")
print(df.shape)
print(df.head())
print(df["approved"].value_counts(normalize=True).round(3))

# how many applications does a customer file?
apps = df.groupby("customer_id")["application_id"].count()
print("customers:", apps.size, "| applications:", len(df))
print("share of customers with >1 application:", round((apps > 1).mean(), 3))
print(apps.describe())

# row-wise ratios (no statistics involved)
df["loan_to_income"] = df["loan_amount"] / df["income"].clip(lower=1)
df["monthly_payment"] = df["loan_amount"] / df["term_months"]
df["payment_to_income"] = df["monthly_payment"] * 12 / df["income"].clip(lower=1)
df["log_income"] = np.log1p(df["income"])

num_cols = ["log_income", "loan_amount", "term_months", "credit_score",
            "employment_years", "loan_to_income", "payment_to_income"]
cat_cols = ["purpose", "home_ownership"]

X = df[num_cols + cat_cols]
y = df["approved"].astype(int)

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), cat_cols),
])

model = Pipeline([("prep", prep),
                  ("clf", LogisticRegression(C=1.0, max_iter=1000))])
baseline = DummyClassifier(strategy="prior")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "f1", "accuracy"]

for name, est in [("baseline (prior)", baseline), ("logistic regression", model)]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:22s}", "  ".join(
        f"{m}={res['test_' + m].mean():.3f}" for m in scoring))

model.fit(X, y)
ohe = model.named_steps["prep"].named_transformers_["cat"].named_steps["oh"]
names = num_cols + list(ohe.get_feature_names_out(cat_cols))
coefs = pd.Series(model.named_steps["clf"].coef_[0], index=names).sort_values()
print(coefs)
