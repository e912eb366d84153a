"""Fraud classifier (extra trees) — scripted version of my exploration notebook.

load -> clean -> features -> card-level split -> train -> evaluate -> persist
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import (accuracy_score, average_precision_score, balanced_accuracy_score, recall_score,
                             roc_auc_score)
from sklearn.model_selection import GroupShuffleSplit

logger = logging.getLogger("fraud")


@dataclass
class DataSpec:
    path: str = "train.csv"
    target: str = "is_fraud"
    card: str = "card_id"
    id: str = "txn_id"
    drop: list = field(default_factory=lambda: ["chargeback_flag", "dispute_opened"])


@dataclass
class Spec:
    data: DataSpec = field(default_factory=DataSpec)
    test_size: float = 0.25
    seed: int = 4
    model: dict = field(default_factory=lambda: {"n_estimators": 600, "min_samples_leaf": 2, "max_features": 0.4,
                                                 "class_weight": "balanced_subsample", "n_jobs": -1})


def load(spec: Spec) -> pd.DataFrame:
    return pd.read_csv(spec.data.path, parse_dates=["txn_ts"])


def clean(df: pd.DataFrame, spec: Spec) -> pd.DataFrame:
    df = df.drop(columns=spec.data.drop).dropna(subset=[spec.data.target])
    df["amount"] = df["amount"].clip(lower=0)
    return df


def features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["hour"] = out["txn_ts"].dt.hour
    out["is_weekend"] = (out["txn_ts"].dt.weekday >= 5).astype(int)
    out["amount_log"] = np.log1p(out["amount"])
    out["cross_border"] = (out["country"] != out["card_home_country"]).astype(int)
    out = pd.get_dummies(out, columns=["merchant_category", "entry_mode"], dtype=int)
    return out.drop(columns=["txn_ts", "country", "card_home_country"])


def split(df: pd.DataFrame, spec: Spec) -> tuple[pd.DataFrame, pd.DataFrame]:
    gss = GroupShuffleSplit(n_splits=1, test_size=spec.test_size, random_state=spec.seed)
    tr, te = next(gss.split(df, groups=df[spec.data.card]))
    return df.iloc[tr], df.iloc[te]


def train(train_df: pd.DataFrame, cols: list[str], spec: Spec) -> dict:
    X, y = train_df[cols], train_df[spec.data.target]
    return {
        "extra_trees": ExtraTreesClassifier(**spec.model, random_state=spec.seed).fit(X, y),
        "most_frequent": DummyClassifier(strategy="most_frequent").fit(X, y),
        "prior": DummyClassifier(strategy="prior").fit(X, y),
    }


def evaluate(models: dict, test_df: pd.DataFrame, cols: list[str], spec: Spec) -> pd.DataFrame:
    X, y = test_df[cols], test_df[spec.data.target]
    rows = {}
    for name, model in models.items():
        proba = model.predict_proba(X)[:, 1]
        pred = model.predict(X)
        rows[name] = {
            "accuracy": accuracy_score(y, pred),
            "balanced_accuracy": balanced_accuracy_score(y, pred),
            "recall": recall_score(y, pred, zero_division=0),
            "roc_auc": roc_auc_score(y, proba),
            "pr_auc": average_precision_score(y, proba),
        }
    return pd.DataFrame(rows).T


def persist(models: dict, table: pd.DataFrame, cols: list[str], spec: Spec) -> Path:
    out = Path("artifacts")
    out.mkdir(exist_ok=True)
    path = out / "extra_trees.joblib"
    joblib.dump({"model": models["extra_trees"], "features": cols}, path)
    mlflow.log_params(spec.model)
    for name, row in table.iterrows():
        mlflow.log_metrics({f"{name}_{k}": float(v) for k, v in row.items()})
    return path


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    spec = Spec()
    data = features(clean(load(spec), spec))
    cols = [c for c in data.columns if c not in (spec.data.target, spec.data.card, spec.data.id)]
    train_df, test_df = split(data, spec)
    with mlflow.start_run(run_name="extra-trees"):
        models = train(train_df, cols, spec)
        table = evaluate(models, test_df, cols, spec)
        path = persist(models, table, cols, spec)
    logger.info("saved %s\n%s", path, table.round(4).to_string())


if __name__ == "__main__":
    main()
