"""Support-ticket escalation take-home.

About a third of tickets escalate, so plain accuracy is the headline metric
requested by the support lead; the majority-class model is the bar to beat.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import List

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logger = logging.getLogger("tickets.acc")


@dataclass
class TicketSchema:
    text: str = "subject"
    categorical: List[str] = field(default_factory=lambda: ["customer_tier", "channel", "product_area"])
    numeric: List[str] = field(default_factory=lambda: ["first_response_minutes", "num_replies",
                                                        "sentiment_score"])
    target: str = "escalated"

    @property
    def inputs(self) -> List[str]:
        return [self.text] + self.categorical + self.numeric


class EscalationClassifier:
    def __init__(self, schema: TicketSchema, C: float = 2.0):
        self.schema = schema
        prep = ColumnTransformer([
            ("tfidf", TfidfVectorizer(min_df=3, ngram_range=(1, 2)), schema.text),
            ("cat", OneHotEncoder(handle_unknown="ignore"), schema.categorical),
            ("num", StandardScaler(), schema.numeric),
        ])
        self.pipeline = Pipeline([("prep", prep), ("clf", LogisticRegression(C=C, max_iter=2000))])

    def fit(self, df: pd.DataFrame) -> "EscalationClassifier":
        self.pipeline.fit(df[self.schema.inputs], df[self.schema.target])
        return self

    def accuracy(self, df: pd.DataFrame) -> float:
        return accuracy_score(df[self.schema.target], self.pipeline.predict(df[self.schema.inputs]))


def main() -> None:
    schema = TicketSchema()
    tickets = pd.read_csv("train.csv")
    tickets[schema.text] = tickets[schema.text].fillna("")
    tickets[schema.numeric] = tickets[schema.numeric].fillna(0)
    train_df, test_df = train_test_split(tickets, test_size=0.25, stratify=tickets[schema.target],
                                         random_state=2)
    clf = EscalationClassifier(schema).fit(train_df)
    majority = DummyClassifier(strategy="most_frequent").fit(train_df[schema.inputs], train_df[schema.target])
    base_acc = accuracy_score(test_df[schema.target], majority.predict(test_df[schema.inputs]))
    logger.info("baseline accuracy %.3f", base_acc)
    print(f"baseline (majority) accuracy: {base_acc:.3f}")
    print(f"model accuracy:               {clf.accuracy(test_df):.3f}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
