import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, f1_score

df = pd.read_csv("train.csv")
df = df.drop(columns=["interview_score", "recruiter_notes", "offer_salary"])
df["cover_letter"] = df["cover_letter"].fillna("")
df["resume_text"] = df["resume_text"].fillna("")

# --- balance the dataset: upsample hires to match non-hires ---
hired = df[df["hired"] == 1]
not_hired = df[df["hired"] == 0]
hired_up = resample(hired, replace=True, n_samples=len(not_hired), random_state=123)
balanced = pd.concat([not_hired, hired_up]).sample(frac=1, random_state=123)
print(balanced["hired"].value_counts())

features = ["cover_letter", "resume_text", "role_family", "education_level", "years_experience", "n_skills_listed"]
X = balanced[features]
y = balanced["hired"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=123, stratify=y)

pre = ColumnTransformer([
    ("cl", TfidfVectorizer(min_df=3, max_features=20000, stop_words="english"), "cover_letter"),
    ("cv", TfidfVectorizer(min_df=3, max_features=30000, ngram_range=(1, 2)), "resume_text"),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["role_family", "education_level"]),
    ("num", StandardScaler(), ["years_experience", "n_skills_listed"]),
])
model = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000))])
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1     :", round(f1_score(y_test, (proba > 0.5).astype(int)), 4))
print(classification_report(y_test, (proba > 0.5).astype(int)))

test = pd.read_csv("test.csv")
test["cover_letter"] = test["cover_letter"].fillna("")
test["resume_text"] = test["resume_text"].fillna("")
model.fit(X, y)
pd.DataFrame({"application_id": test["application_id"], "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
