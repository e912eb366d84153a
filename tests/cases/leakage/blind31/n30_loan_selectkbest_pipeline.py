"""Loan default -- readable scorecard with in-pipeline feature selection.

Selection (SelectKBest, mutual information) is a pipeline step, so it is learned from
the training applications only. Hold-out: applications from 2024 on, first-time
applicants only.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

DATE, GROUP, LABEL, ID = "application_date", "applicant_id", "defaulted", "loan_id"
NUM = ["loan_amount", "term_months", "interest_rate", "income", "dti", "credit_score",
       "employment_years", "n_open_accounts", "n_delinquencies_2y", "revol_util"]
CAT = ["home_ownership", "purpose", "state"]


def load(path):
    df = pd.read_csv(path, parse_dates=[DATE])
    df["loan_to_income"] = df["loan_amount"] / df["income"].clip(lower=1)
    return df


def scorecard(k=15):
    prep = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]),
         NUM + ["loan_to_income"]),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30, sparse_output=False), CAT),
    ])
    return Pipeline([
        ("prep", prep),
        ("select", SelectKBest(mutual_info_classif, k=k)),
        ("lr", LogisticRegression(C=0.5, max_iter=2000)),
    ])


df = load("train.csv")
cut = pd.Timestamp("2024-01-01")
train = df[df[DATE] < cut]
test = df[df[DATE] >= cut]
test = test[~test[GROUP].isin(train[GROUP])]
cols = NUM + ["loan_to_income"] + CAT   # collections_flag is post-default, excluded

model = scorecard().fit(train[cols], train[LABEL])
prior = DummyClassifier(strategy="prior").fit(train[cols], train[LABEL])

p = model.predict_proba(test[cols])[:, 1]
p0 = prior.predict_proba(test[cols])[:, 1]
print(f"ROC AUC   model {roc_auc_score(test[LABEL], p):.4f} | prior {roc_auc_score(test[LABEL], p0):.4f}")
print(f"PR AUC    model {average_precision_score(test[LABEL], p):.4f} | prior {average_precision_score(test[LABEL], p0):.4f}")
print(f"accuracy  model {accuracy_score(test[LABEL], p > 0.5):.4f} | prior {accuracy_score(test[LABEL], p0 > 0.5):.4f}")

names = model.named_steps["prep"].get_feature_names_out()
kept = names[model.named_steps["select"].get_support()]
print(pd.Series(model.named_steps["lr"].coef_[0], index=kept).sort_values().round(3))

final = scorecard().fit(df[cols], df[LABEL])
sub = load("test.csv")
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[cols])[:, 1]}).to_csv("predictions.csv", index=False)
print(np.quantile(final.predict_proba(sub[cols])[:, 1], [0.1, 0.5, 0.9]))
