"""Churn take-home.

Pipeline: TaskConfig -> Splitter -> Trainer (balances its own training rows) -> Evaluator -> Submission
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score

BUNDLE = Path(".")
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]


class TaskConfig:
    def __init__(self, raw: dict):
        self.target = raw["target"]
        self.id_column = raw["id_column"]
        self.time_column = raw["time_column"]
        self.group_column = raw["group_column"]
        self.leaky_columns = raw.get("leaky_columns", [])

    @classmethod
    def load(cls, bundle: Path):
        return cls(json.loads((bundle / "task.json").read_text()))


def make_features(df: pd.DataFrame, cfg: TaskConfig) -> pd.DataFrame:
    drop = [cfg.target, cfg.id_column, cfg.time_column, cfg.group_column] + cfg.leaky_columns
    X = df.drop(columns=[c for c in drop if c in df.columns])
    return pd.get_dummies(X, columns=CATEGORICAL, dtype=float)


class Splitter:
    def __init__(self, cfg: TaskConfig, cutoff="2024-07"):
        self.cfg = cfg
        self.cutoff = cutoff

    def split(self, df):
        month = pd.to_datetime(df[self.cfg.time_column]).dt.strftime("%Y-%m")
        train_part = df[month < self.cutoff]
        rest = df[month >= self.cutoff]
        valid_part = rest[~rest[self.cfg.group_column].isin(set(train_part[self.cfg.group_column]))]
        return train_part, valid_part


class Trainer:
    def __init__(self, ratio=0.25, seed=13):
        self.sampler = RandomOverSampler(sampling_strategy=ratio, random_state=seed)
        self.model = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=seed)

    def fit(self, X, y):
        X_bal, y_bal = self.sampler.fit_resample(X, y)
        print(f"trainer: {len(X)} -> {len(X_bal)} rows after oversampling")
        self.model.fit(X_bal, y_bal)
        self.columns = X.columns
        return self

    def predict_proba(self, X):
        return self.model.predict_proba(X.reindex(columns=self.columns, fill_value=0.0))[:, 1]


class Evaluator:
    def score(self, y, p, threshold=0.5):
        return {"roc_auc": roc_auc_score(y, p), "average_precision": average_precision_score(y, p),
                "recall@0.5": recall_score(y, (p >= threshold).astype(int))}


def main():
    cfg = TaskConfig.load(BUNDLE)
    raw = pd.read_csv(BUNDLE / "train.csv")
    test = pd.read_csv(BUNDLE / "test.csv")
    print(raw[cfg.target].value_counts())

    train_part, valid_part = Splitter(cfg).split(raw)
    X_tr, y_tr = make_features(train_part, cfg), train_part[cfg.target]
    X_va, y_va = make_features(valid_part, cfg), valid_part[cfg.target]

    ev = Evaluator()
    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    print("dummy   ", ev.score(y_va, dummy.predict_proba(X_va.reindex(columns=X_tr.columns, fill_value=0.0))[:, 1]))
    trainer = Trainer().fit(X_tr, y_tr)
    metrics = ev.score(y_va, trainer.predict_proba(X_va))
    print("extra trees", metrics)

    final = Trainer().fit(make_features(raw, cfg), raw[cfg.target])
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(make_features(test, cfg))}).to_csv(BUNDLE / "predictions.csv", index=False)
    (BUNDLE / "metrics.json").write_text(json.dumps({"roc_auc": metrics["roc_auc"],
                                                      "average_precision": metrics["average_precision"]}))


if __name__ == "__main__":
    main()
