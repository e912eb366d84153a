"""Applicant screening: TF-IDF text features + job-level hire rate."""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

LEAKY = ["interview_score", "recruiter_notes", "offer_salary"]

df = pd.read_csv("train.csv").drop(columns=LEAKY)

# --- quick look ---
print(df.shape)
print(df.isna().mean().round(3).sort_values(ascending=False).head(8))
print(df["hired"].value_counts())
print(df.groupby("role_family")["hired"].agg(["mean", "size"]).round(3))
print(df.groupby("education_level")["hired"].agg(["mean", "size"]).round(3))
print(df.groupby("referral")["hired"].mean().round(3))
print(df["years_experience"].describe().round(1))
cl_words = df["cover_letter"].fillna("").str.split().str.len()
print("cover letter words:", cl_words.quantile([0.1, 0.5, 0.9]).to_dict())
print("empty cover letters:", (cl_words == 0).mean().round(3))

df["text"] = df["cover_letter"].fillna("") + " " + df["resume_text"].fillna("")

# how selective is each job posting? (smoothed hire rate per job_id)
prior = df["hired"].mean()
stats = df.groupby("job_id")["hired"].agg(["sum", "count"])
stats["job_hire_rate"] = (stats["sum"] + 10 * prior) / (stats["count"] + 10)
df = df.merge(stats[["job_hire_rate"]], left_on="job_id", right_index=True, how="left")
df["log_years"] = np.log1p(df["years_experience"].fillna(0))

train, test = train_test_split(df, test_size=0.2, stratify=df["hired"], random_state=2024)

vec = TfidfVectorizer(min_df=3, ngram_range=(1, 2), max_features=40000, sublinear_tf=True)
num = ["job_hire_rate", "log_years", "referral"]
X_tr = hstack([vec.fit_transform(train["text"]), csr_matrix(train[num].astype(float).values)]).tocsr()
X_te = hstack([vec.transform(test["text"]), csr_matrix(test[num].astype(float).values)]).tocsr()

lr = LogisticRegression(max_iter=3000, C=2.0, class_weight="balanced").fit(X_tr, train["hired"])
p = lr.predict_proba(X_te)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, train["hired"]).predict_proba(X_te)[:, 1]

print(f"prior   AUC {roc_auc_score(test['hired'], base):.3f}  AP {average_precision_score(test['hired'], base):.3f}")
print(f"model   AUC {roc_auc_score(test['hired'], p):.3f}  AP {average_precision_score(test['hired'], p):.3f}")
print("weight on job_hire_rate:", lr.coef_[0][-3])
