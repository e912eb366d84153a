"""Ticket routing: choose the classifier by cross-validation, score the test split once.

Steps
  1. load + normalise ticket text
  2. stratified 80/20 split
  3. 5-fold CV on the training split for every candidate pipeline
  4. refit the CV winner on the training split, one test evaluation
  5. refit the winner on all labelled tickets for deployment
"""
import json
import re
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.svm import LinearSVC

CFG = {
    "data": "data/tickets.csv",
    "out": "out/ticket_routing",
    "seed": 5,
    "test_size": 0.2,
}


def normalise(text):
    text = re.sub(r"(best regards|kind regards|thanks,|sent from my).*", " ", str(text), flags=re.I | re.S)
    text = re.sub(r"\d+", " 0 ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def load_tickets(path):
    df = pd.read_csv(path).dropna(subset=["body", "queue"])
    df["text"] = (df["subject"].fillna("") + " . " + df["body"]).map(normalise)
    return df


def features():
    return ColumnTransformer([
        ("txt", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000, sublinear_tf=True), "text"),
        ("cat", OneHotEncoder(handle_unknown="ignore"), ["product", "priority"]),
    ])


def candidate_pipelines(seed):
    clfs = {
        "majority": DummyClassifier(strategy="most_frequent"),
        "logreg": LogisticRegression(max_iter=2000, C=5.0),
        "linear_svc": LinearSVC(C=0.5),
        "sgd": SGDClassifier(loss="modified_huber", alpha=1e-5, random_state=seed),
        "complement_nb": ComplementNB(alpha=0.3),
    }
    return {name: Pipeline([("features", features()), ("clf", clf)]) for name, clf in clfs.items()}


def main(cfg):
    out = Path(cfg["out"])
    out.mkdir(parents=True, exist_ok=True)

    df = load_tickets(cfg["data"])
    print(df.shape)
    print(df["queue"].value_counts(normalize=True).round(3))

    X, y = df[["text", "product", "priority"]], df["queue"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"]
    )

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=cfg["seed"])
    cv_scores = {}
    for name, pipe in candidate_pipelines(cfg["seed"]).items():
        s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="f1_macro", n_jobs=-1)
        cv_scores[name] = float(np.mean(s))
        print(f"{name:14s} CV macro-F1 {cv_scores[name]:.4f} (+-{np.std(s):.4f})")

    best_name = max(cv_scores, key=cv_scores.get)
    model = candidate_pipelines(cfg["seed"])[best_name].fit(X_train, y_train)
    pred = model.predict(X_test)
    test_scores = {
        "accuracy": accuracy_score(y_test, pred),
        "macro_f1": f1_score(y_test, pred, average="macro"),
    }
    print(f"\nselected by CV: {best_name}")
    print(classification_report(y_test, pred, digits=3))

    final = candidate_pipelines(cfg["seed"])[best_name].fit(X, y)
    joblib.dump(final, out / "router.joblib")
    (out / "metrics.json").write_text(json.dumps(
        {"model": best_name, "cv_macro_f1": cv_scores, "test": test_scores}, indent=2))
    print(json.dumps(test_scores, indent=2))


if __name__ == "__main__":
    main(CFG)
