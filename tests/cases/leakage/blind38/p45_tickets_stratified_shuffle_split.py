"""Ticket routing (6 queues) -- take-home.

Stratified 80/20 split so that every queue, including the small ones, is
represented in the evaluation set in the same proportion as in training.
"""
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score, top_k_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

data = pd.read_csv("train.csv", parse_dates=["created_at"])
data["text"] = data["subject"].fillna("") + " " + data["body"].fillna("")
X = data[["text", "channel", "plan_tier", "priority", "language"]]
y = data["queue"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42)

pipe = Pipeline([
    ("features", ColumnTransformer([
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), "text"),
        ("cats", OneHotEncoder(handle_unknown="ignore"), ["channel", "plan_tier", "priority", "language"]),
    ])),
    ("clf", LogisticRegression(C=3.0, max_iter=2000, class_weight="balanced")),
])
pipe.fit(X_train, y_train)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
proba = pipe.predict_proba(X_test)
print("majority-class baseline macro-F1: %.3f" % f1_score(y_test, dummy.predict(X_test), average="macro"))
print("model macro-F1:                   %.3f" % f1_score(y_test, pipe.predict(X_test), average="macro"))
print("model top-2 accuracy:             %.3f" % top_k_accuracy_score(y_test, proba, k=2, labels=pipe.classes_))
print(classification_report(y_test, pipe.predict(X_test), digits=3))

pd.Series(proba.max(axis=1)).hist(bins=40)
plt.title("confidence of the routed queue")
plt.savefig("confidence.png")

test_df = pd.read_csv("test.csv")
test_df["text"] = test_df["subject"].fillna("") + " " + test_df["body"].fillna("")
pd.DataFrame({"ticket_id": test_df["ticket_id"],
              "prediction": pipe.predict(test_df[X.columns])}).to_csv("predictions.csv", index=False)
