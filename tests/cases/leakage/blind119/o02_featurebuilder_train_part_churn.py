"""Churn take-home: predict churned_next_month from monthly snapshots.

Run from the bundle folder: python o02_featurebuilder_train_part_churn.py
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct"]
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]


class TaskConfig:
    def __init__(self, path="task.json"):
        with open(path) as fh:
            raw = json.load(fh)
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.time_column = raw["time_column"]
        self.group_column = raw["group_column"]
        self.leaky_columns = raw.get("leaky_columns", [])


class FeatureBuilder:
    def __init__(self):
        self.ct = ColumnTransformer([
            ("num", StandardScaler(), NUMERIC),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
            ("flag", "passthrough", ["autopay"]),
        ])

    def fit(self, df):
        self.ct.fit(df)
        return self

    def transform(self, df):
        return self.ct.transform(df)


class Splitter:
    def __init__(self, cfg, cutoff="2024-07-01"):
        self.cfg = cfg
        self.cutoff = pd.Timestamp(cutoff)

    def split(self, df):
        t = df[self.cfg.time_column]
        train_part = df[t < self.cutoff]
        later = df[t >= self.cutoff]
        valid_part = later[~later[self.cfg.group_column].isin(train_part[self.cfg.group_column])]
        return train_part, valid_part


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.features = FeatureBuilder()
        self.model = LogisticRegression(max_iter=3000, C=0.3, class_weight="balanced")

    def fit(self, df):
        X = self.features.fit(df).transform(df)
        self.model.fit(X, df[self.cfg.target])
        return self

    def predict_proba(self, df):
        return self.model.predict_proba(self.features.transform(df))[:, 1]


class Evaluator:
    @staticmethod
    def report(y, p):
        return {"roc_auc": round(roc_auc_score(y, p), 4),
                "average_precision": round(average_precision_score(y, p), 4)}


def main():
    cfg = TaskConfig()
    train = pd.read_csv("train.csv", parse_dates=[cfg.time_column])
    test = pd.read_csv("test.csv", parse_dates=[cfg.time_column])
    print("train", train.shape, "test", test.shape)
    print("positive share:", round(train[cfg.target].mean(), 4))
    print(train[cfg.time_column].dt.to_period("M").value_counts().sort_index())

    tr, va = Splitter(cfg).split(train)
    print(f"train part {len(tr)} rows, validation part {len(va)} rows "
          f"({va[cfg.group_column].nunique()} customers)")

    base = DummyClassifier(strategy="prior").fit(tr[NUMERIC], tr[cfg.target])
    base_scores = Evaluator.report(va[cfg.target], base.predict_proba(va[NUMERIC])[:, 1])

    trainer = Trainer(cfg).fit(tr)
    model_scores = Evaluator.report(va[cfg.target], trainer.predict_proba(va))
    print("baseline:", base_scores)
    print("logreg:  ", model_scores)

    final = Trainer(cfg).fit(train)
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(test)}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": model_scores["roc_auc"],
                   "average_precision": model_scores["average_precision"]}, fh)


if __name__ == "__main__":
    main()
