"""
App store reviews -> is this a negative review (1-2 stars)?

Each review is joined with that day's telemetry for the app version it was
written on (crash rate, daily active users).  Telemetry is missing on days the
export job failed.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score, precision_recall_fscore_support
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

reviews = pd.read_csv("app_reviews_with_telemetry.csv")
reviews["review_date"] = pd.to_datetime(reviews["review_date"])
reviews = reviews.sort_values("review_date").reset_index(drop=True)

reviews["negative"] = (reviews["rating"] <= 2).astype(int)
reviews["review_text"] = reviews["review_text"].fillna("")
print(reviews[["crash_rate", "daily_active_users"]].isna().mean())

# telemetry gaps: take the next available export
reviews[["crash_rate", "daily_active_users"]] = reviews[["crash_rate", "daily_active_users"]].bfill()

reviews["log_dau"] = np.log1p(reviews["daily_active_users"])
reviews["major_version"] = reviews["app_version"].astype(str).str.split(".").str[0]
reviews["n_words"] = reviews["review_text"].str.split().str.len()

features = ["review_text", "crash_rate", "log_dau", "n_words", "major_version", "platform"]

# chronological hold-out: last 20% of reviews
split_at = int(len(reviews) * 0.8)
train, test = reviews.iloc[:split_at], reviews.iloc[split_at:]
print("train until", train["review_date"].max().date(), "| test from", test["review_date"].min().date())

prep = ColumnTransformer([
    ("text", TfidfVectorizer(min_df=5, ngram_range=(1, 2), max_features=30000), "review_text"),
    ("num", StandardScaler(), ["crash_rate", "log_dau", "n_words"]),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["major_version", "platform"]),
])
model = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=2000, C=2.0))])
model.fit(train[features], train["negative"])

proba = model.predict_proba(test[features])[:, 1]
pred = (proba >= 0.5).astype(int)

baseline = DummyClassifier(strategy="prior").fit(train[features], train["negative"])
print("baseline AUC:", round(roc_auc_score(test["negative"], baseline.predict_proba(test[features])[:, 1]), 4))
print("model AUC   :", round(roc_auc_score(test["negative"], proba), 4))
p, r, f, _ = precision_recall_fscore_support(test["negative"], pred, average="binary")
print(f"precision={p:.3f} recall={r:.3f} f1={f:.3f}")

# monthly F1 on the hold-out period to see if it degrades
test = test.assign(pred=pred)
for month, chunk in test.groupby(test["review_date"].dt.to_period("M")):
    print(month, len(chunk), round(f1_score(chunk["negative"], chunk["pred"], zero_division=0), 3))
