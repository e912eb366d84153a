"""Interview prediction evaluated with expanding-window time-series CV.

Applications are sorted by applied_at and TimeSeriesSplit always validates on
a later block than it trains on. A prior-only DummyClassifier goes through the
same folds. Preprocessing is inside the Pipeline (refit per fold).
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = pd.read_csv("train.csv", parse_dates=["applied_at"]).sort_values("applied_at").reset_index(drop=True)
df["skills_text"] = df["skills_text"].fillna("")
df["log_salary"] = np.log1p(df["salary_expectation"])

num = ["years_experience", "cover_letter_len", "log_salary", "job_posting_age_days"]
cat = ["industry", "company_size", "seniority", "referral"]

model = make_pipeline(
    make_column_transformer(
        (TfidfVectorizer(min_df=3, max_features=15000), "skills_text"),
        (OneHotEncoder(handle_unknown="ignore"), cat),
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    ),
    LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced"),
)

X = df[["skills_text"] + cat + num]
y = df["got_interview"]
tscv = TimeSeriesSplit(n_splits=5)

for name, est in [("DummyClassifier(prior)", DummyClassifier(strategy="prior")), ("tfidf+logreg", model)]:
    out = cross_validate(est, X, y, cv=tscv, scoring=["roc_auc", "average_precision"])
    print(f"{name:24s} AUC {out['test_roc_auc'].mean():.3f} (folds {np.round(out['test_roc_auc'], 3)})"
          f"  AP {out['test_average_precision'].mean():.3f}")

for i, (a, b) in enumerate(tscv.split(X)):
    print(i, df["applied_at"].iloc[a].max().date(), "<", df["applied_at"].iloc[b].min().date())

test = pd.read_csv("test.csv", parse_dates=["applied_at"])
test["skills_text"] = test["skills_text"].fillna("")
test["log_salary"] = np.log1p(test["salary_expectation"])
model.fit(X, y)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": model.predict_proba(test[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
