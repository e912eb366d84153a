"""Payment default take-home: scorecard-style logistic regression.

Goal from the brief: rank new loan applications by probability of defaulting
within 12 months. Submission: predictions.csv with application_id,prediction.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True).round(3))
print(train.isna().mean().sort_values(ascending=False).head(8))

NUM = ["age", "income", "loan_amount", "term_months", "interest_rate",
       "employment_years", "credit_score", "num_open_accounts",
       "debt_to_income", "delinquencies_2y"]
CAT = ["home_ownership", "purpose"]


def add_features(df):
    df = df.copy()
    r = df["interest_rate"] / 1200.0
    df["monthly_payment"] = df["loan_amount"] * r / (1 - (1 + r) ** (-df["term_months"]))
    df["payment_to_income"] = df["monthly_payment"] * 12 / (df["income"] + 1)
    df["log_income"] = np.log1p(df["income"])
    return df


train = add_features(train)
test = add_features(test)
NUM += ["monthly_payment", "payment_to_income", "log_income"]

# leaky columns are post-outcome, never use them
train = train.drop(columns=LEAKY)

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                      ("scale", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])

# design matrix for the whole labelled file
X_all = preprocess.fit_transform(train[NUM + CAT])
y_all = train[TARGET].values

X_tr, X_val, y_tr, y_val = train_test_split(
    X_all, y_all, test_size=0.25, stratify=y_all, random_state=11
)

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_val)[:, 1]

clf = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
clf.fit(X_tr, y_tr)
p_val = clf.predict_proba(X_val)[:, 1]

print(f"baseline   ROC AUC {roc_auc_score(y_val, p_base):.3f}  AP {average_precision_score(y_val, p_base):.3f}")
print(f"logreg     ROC AUC {roc_auc_score(y_val, p_val):.3f}  AP {average_precision_score(y_val, p_val):.3f}")
print(classification_report(y_val, (p_val >= 0.5).astype(int), digits=3))

# coefficients, for the memo
names = preprocess.get_feature_names_out()
coefs = pd.Series(clf.coef_[0], index=names).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# final model on all labelled rows
clf.fit(X_all, y_all)
X_test = preprocess.transform(test[NUM + CAT])
pd.DataFrame({ID: test[ID], "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
