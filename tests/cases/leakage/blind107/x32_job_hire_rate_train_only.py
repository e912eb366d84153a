"""Applicant screening: TF-IDF text features + job-level hire rate.

The job hire rate is a target statistic, so it is computed from the training
split only and then mapped onto the holdout (unseen jobs get the global prior).
"""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

LEAKY = ["interview_score", "recruiter_notes", "offer_salary"]
SMOOTH = 10


def fit_job_rate(frame):
    prior = frame["hired"].mean()
    stats = frame.groupby("job_id")["hired"].agg(["sum", "count"])
    rate = (stats["sum"] + SMOOTH * prior) / (stats["count"] + SMOOTH)
    return rate, prior


def apply_job_rate(frame, rate, prior):
    return frame["job_id"].map(rate).fillna(prior)


df = pd.read_csv("train.csv").drop(columns=LEAKY)
df["text"] = df["cover_letter"].fillna("") + " " + df["resume_text"].fillna("")
df["log_years"] = np.log1p(df["years_experience"].fillna(0))

train, test = train_test_split(df, test_size=0.2, stratify=df["hired"], random_state=2024)
train, test = train.copy(), test.copy()
rate, prior = fit_job_rate(train)
train["job_hire_rate"] = apply_job_rate(train, rate, prior)
test["job_hire_rate"] = apply_job_rate(test, rate, prior)

vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=40000, sublinear_tf=True)
num = ["job_hire_rate", "log_years", "referral"]
X_tr = hstack([vec.fit_transform(train["text"]), csr_matrix(train[num].astype(float).values)]).tocsr()
X_te = hstack([vec.transform(test["text"]), csr_matrix(test[num].astype(float).values)]).tocsr()

lr = LogisticRegression(max_iter=3000, C=2.0, class_weight="balanced").fit(X_tr, train["hired"])
p = lr.predict_proba(X_te)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, train["hired"]).predict_proba(X_te)[:, 1]

print(f"prior   AUC {roc_auc_score(test['hired'], base):.3f}  AP {average_precision_score(test['hired'], base):.3f}")
print(f"model   AUC {roc_auc_score(test['hired'], p):.3f}  AP {average_precision_score(test['hired'], p):.3f}")
