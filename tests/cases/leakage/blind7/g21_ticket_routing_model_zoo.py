"""Customer-support ticket routing: predict the destination queue from the text.

tickets.csv columns: ticket_id, subject, body, product, priority, queue
"""
import json
import re
from pathlib import Path

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.svm import LinearSVC

DATA = Path("data/tickets.csv")
OUT = Path("out/ticket_routing")
OUT.mkdir(parents=True, exist_ok=True)

SIGNATURE_RE = re.compile(r"(best regards|kind regards|thanks,|sent from my).*", re.I | re.S)
NUM_RE = re.compile(r"\d+")


def normalise(text):
    text = SIGNATURE_RE.sub(" ", str(text))
    text = NUM_RE.sub(" 0 ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


tickets = pd.read_csv(DATA)
tickets = tickets.dropna(subset=["body", "queue"])
tickets["subject"] = tickets["subject"].fillna("")
tickets["text"] = (tickets["subject"] + " . " + tickets["body"]).map(normalise)
print(tickets.shape)
print(tickets["queue"].value_counts())
print(tickets.groupby("queue")["text"].apply(lambda s: s.str.len().median()))

X = tickets[["text", "product", "priority"]]
y = tickets["queue"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)


def make_features():
    return ColumnTransformer([
        ("txt", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000, sublinear_tf=True), "text"),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["product", "priority"]),
    ])


zoo = {
    "logreg": LogisticRegression(max_iter=2000, C=5.0),
    "linear_svc": LinearSVC(C=0.5),
    "sgd_hinge": SGDClassifier(loss="modified_huber", alpha=1e-5, random_state=5),
    "complement_nb": ComplementNB(alpha=0.3),
    "random_forest": RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=5),
}

results = {}
fitted = {}
for name, clf in zoo.items():
    pipe = Pipeline([("features", make_features()), ("clf", clf)])
    pipe.fit(X_train, y_train)
    pred = pipe.predict(X_test)
    results[name] = {
        "accuracy": accuracy_score(y_test, pred),
        "macro_f1": f1_score(y_test, pred, average="macro"),
    }
    fitted[name] = pipe
    print(f"{name:15s} acc={results[name]['accuracy']:.4f} macro_f1={results[name]['macro_f1']:.4f}")

best_name = max(results, key=lambda k: results[k]["macro_f1"])
best = fitted[best_name]
print(f"\nbest model: {best_name}")
print(classification_report(y_test, best.predict(X_test), digits=3))

summary = {"best_model": best_name, "test": results[best_name], "all": results}
(OUT / "metrics.json").write_text(json.dumps(summary, indent=2))
print(json.dumps(summary["test"], indent=2))
