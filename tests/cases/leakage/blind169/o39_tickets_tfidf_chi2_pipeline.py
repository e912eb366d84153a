"""Ticket escalation classifier: TF-IDF -> chi2 selection -> logistic regression.

The vectorizer, the selector and the metadata encoders are all fitted inside one
Pipeline on the training split; the held-out 20% is only transformed.
"""
import re

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, MinMaxScaler, OneHotEncoder


def clean_text(s):
    s = str(s).lower()
    s = re.sub(r"https?://\S+", " url ", s)
    s = re.sub(r"\S+@\S+", " email ", s)
    s = re.sub(r"\d+", " 0 ", s)
    return s


def load(path):
    d = pd.read_csv(path)
    d["text"] = (d["subject"].fillna("") + " . " + d["body"].fillna("")).map(clean_text)
    d["first_response_minutes"] = d["first_response_minutes"].fillna(0)
    d["sentiment_score"] = d["sentiment_score"].fillna(0)
    return d


tickets = load("train.csv")
new_tickets = load("test.csv")
COLS = ["text", "channel", "customer_tier", "first_response_minutes", "prior_tickets_90d", "sentiment_score"]

text_branch = Pipeline([
    ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=50000, sublinear_tf=True,
                              stop_words="english")),
    ("chi2", SelectKBest(chi2, k=3000)),
])
features = ColumnTransformer([
    ("text", text_branch, "text"),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["channel", "customer_tier"]),
    ("num", Pipeline([("log", FunctionTransformer(np.log1p)), ("mm", MinMaxScaler())]),
     ["first_response_minutes", "prior_tickets_90d"]),
    ("sent", "passthrough", ["sentiment_score"]),
])
model = Pipeline([("features", features),
                  ("clf", LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced"))])

X_tr, X_te, y_tr, y_te = train_test_split(tickets[COLS], tickets["escalated"], test_size=0.2,
                                          stratify=tickets["escalated"], random_state=1)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=1).fit(X_tr, y_tr)
print("dummy   AUC %.3f F1 %.3f" % (roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]),
                                    f1_score(y_te, dummy.predict(X_te))))
print("logreg  AUC %.3f F1 %.3f" % (roc_auc_score(y_te, p), f1_score(y_te, p > 0.5)))
print(classification_report(y_te, p > 0.5, digits=3))

model.fit(tickets[COLS], tickets["escalated"])
pd.DataFrame({"ticket_id": new_tickets["ticket_id"],
              "prediction": model.predict_proba(new_tickets[COLS])[:, 1]}).to_csv("predictions.csv", index=False)
