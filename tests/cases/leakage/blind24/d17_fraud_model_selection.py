"""
Fraud take-home: compare a few model families and keep the best.

Data is split 60/20/20 into train / validation / test (stratified).
Model choice is made on the validation split; the chosen model is then
refitted on train+validation and scored once on the test split.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict

import numpy as np
import pandas as pd
from sklearn.base import ClassifierMixin, clone
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(message)s")
logger = logging.getLogger(__name__)


@dataclass
class Config:
    path: Path = Path("train.csv")
    target: str = "is_fraud"
    excluded: list[str] = field(default_factory=lambda: ["transaction_id", "chargeback_flag"])
    seed: int = 99


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path)
    df = pd.get_dummies(df, columns=["merchant_category", "device_type"], dtype=int)
    return df.drop(columns=cfg.excluded)


def make_candidates(seed: int) -> Dict[str, ClassifierMixin]:
    return {
        "dummy_prior": DummyClassifier(strategy="prior"),
        "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5)),
        "random_forest": RandomForestClassifier(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=seed),
        "hist_gb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=seed),
    }


def evaluate_model(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"pr_auc": average_precision_score(y, p), "roc_auc": roc_auc_score(y, p)}


def main() -> None:
    cfg = Config()
    df = load_data(cfg)
    X, y = df.drop(columns=cfg.target), df[cfg.target]

    X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=cfg.seed)
    X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, stratify=y_tmp, random_state=cfg.seed)

    val_scores: Dict[str, Dict[str, float]] = {}
    for name, model in make_candidates(cfg.seed).items():
        model.fit(X_train, y_train)
        val_scores[name] = evaluate_model(model, X_val, y_val)
        logger.info("validation %-14s PR AUC %.4f  ROC AUC %.4f", name, val_scores[name]["pr_auc"], val_scores[name]["roc_auc"])

    best_name = max(val_scores, key=lambda n: val_scores[n]["pr_auc"])
    logger.info("selected on validation: %s", best_name)

    candidates = make_candidates(cfg.seed)
    final_model = clone(candidates[best_name]).fit(X_tmp, y_tmp)
    baseline = clone(candidates["dummy_prior"]).fit(X_tmp, y_tmp)

    logger.info("TEST baseline: %s", evaluate_model(baseline, X_test, y_test))
    logger.info("TEST %s: %s", best_name, evaluate_model(final_model, X_test, y_test))


if __name__ == "__main__":
    main()
