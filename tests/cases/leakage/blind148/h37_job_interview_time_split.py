"""Will an application get an interview?

Train on applications submitted before the cut, evaluate on the most recent
20% of applications (the test set is a later period). Everything that learns
from data is in the sklearn Pipeline.
"""
import json
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, TIME, ID = task["target"], task["time_column"], task["id_column"]

apps = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
print(apps[TIME].min(), "->", apps[TIME].max(), len(apps))
print(apps.groupby(apps[TIME].dt.to_period("M"))[TARGET].mean())


def basic(df):
    df = df.copy()
    df["skills_text"] = df["skills_text"].fillna("") + " " + df["job_title"].fillna("")
    df["applied_dow"] = df[TIME].dt.dayofweek
    df["log_salary"] = np.log1p(df["salary_expectation"])
    return df


apps = basic(apps)
NUM = ["years_experience", "cover_letter_len", "log_salary", "job_posting_age_days", "applied_dow"]
CAT = ["industry", "company_size", "seniority", "referral"]

pre = ColumnTransformer([
    ("skills", TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=20000), "skills_text"),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000))])

cut = apps[TIME].quantile(0.8)
past, recent = apps[apps[TIME] < cut], apps[apps[TIME] >= cut]
print("fit on", len(past), "evaluate on", len(recent), "cut", cut.date())

X_cols = ["skills_text"] + CAT + NUM
clf.fit(past[X_cols], past[TARGET])
p = clf.predict_proba(recent[X_cols])[:, 1]
base = DummyClassifier(strategy="prior").fit(past[X_cols], past[TARGET]).predict_proba(recent[X_cols])[:, 1]

print(f"prior baseline  AUC {roc_auc_score(recent[TARGET], base):.3f}  AP {average_precision_score(recent[TARGET], base):.3f}")
print(f"logreg          AUC {roc_auc_score(recent[TARGET], p):.3f}  AP {average_precision_score(recent[TARGET], p):.3f}")

test = basic(pd.read_csv("test.csv", parse_dates=[TIME]))
clf.fit(apps[X_cols], apps[TARGET])
pd.DataFrame({ID: test[ID], "prediction": clf.predict_proba(test[X_cols])[:, 1]}).to_csv("predictions.csv", index=False)
