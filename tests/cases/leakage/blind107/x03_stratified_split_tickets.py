"""Ticket escalation model: TF-IDF on subject+body, one-hot channel/product, scaled numerics."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

RANDOM_STATE = 7
TEXT = "text"
CAT = ["channel", "product", "customer_tier"]
NUM = ["n_attachments", "prior_tickets_90d", "body_words"]


def load(path):
    df = pd.read_csv(path)
    df[TEXT] = (df["subject"].fillna("") + " \n " + df["body"].fillna("")).str.lower()
    df["body_words"] = df["body"].fillna("").str.split().str.len()
    df[NUM] = df[NUM].fillna(0)
    return df


def build_model():
    pre = ColumnTransformer([
        ("tfidf", TfidfVectorizer(min_df=2, max_df=0.9, ngram_range=(1, 2), sublinear_tf=True), TEXT),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ("num", StandardScaler(), NUM),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced"))])


def main():
    df = load("train.csv")
    print(df["escalated"].value_counts())
    X = df[[TEXT] + CAT + NUM]
    y = df["escalated"]

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
    )

    base = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE).fit(X_train, y_train)
    pb = base.predict_proba(X_test)[:, 1]
    print(f"baseline  roc_auc={roc_auc_score(y_test, pb):.3f} ap={average_precision_score(y_test, pb):.3f}")

    model = build_model()
    model.fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]
    print(f"logreg    roc_auc={roc_auc_score(y_test, p):.3f} ap={average_precision_score(y_test, p):.3f}")
    print(classification_report(y_test, (p > 0.5).astype(int)))

    test = load("test.csv")
    model.fit(X, y)
    out = pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": model.predict_proba(test[[TEXT] + CAT + NUM])[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
