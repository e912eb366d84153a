"""Churn model, v1. Quick and reproducible: stratified holdout + logistic regression.

    python u02_churn_train_module_random_split.py --data-dir data/
"""
import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger(__name__)
TARGET = "churned_next_month"


@dataclass
class Config:
    data_dir: Path = Path(".")
    seed: int = 7
    valid_size: float = 0.2
    C: float = 0.5
    numeric: list = field(default_factory=lambda: [
        "tenure_months", "monthly_charges", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
    ])
    categorical: list = field(default_factory=lambda: ["plan", "region", "has_discount"])

    @property
    def features(self):
        return self.numeric + self.categorical


def make_model(cfg: Config) -> Pipeline:
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), cfg.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cfg.categorical),
    ])
    return Pipeline([("pre", pre),
                     ("clf", LogisticRegression(C=cfg.C, max_iter=2000, class_weight="balanced"))])


def run(cfg: Config):
    df = pd.read_csv(cfg.data_dir / "train.csv")
    test = pd.read_csv(cfg.data_dir / "test.csv")
    log.info("loaded %d labelled rows, churn rate %.3f", len(df), df[TARGET].mean())
    log.info("months: %s .. %s", df.snapshot_month.min(), df.snapshot_month.max())

    X_tr, X_va, y_tr, y_va = train_test_split(
        df[cfg.features], df[TARGET], test_size=cfg.valid_size,
        stratify=df[TARGET], random_state=cfg.seed)

    model = make_model(cfg).fit(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]

    log.info("valid AUC %.4f | AP %.4f", roc_auc_score(y_va, p), average_precision_score(y_va, p))
    log.info("prior baseline AP %.4f", average_precision_score(y_va, base))

    # TODO: try gradient boosting once the pipeline is stable
    final = make_model(cfg).fit(df[cfg.features], df[TARGET])
    pd.DataFrame({"snapshot_id": test.snapshot_id,
                  "prediction": final.predict_proba(test[cfg.features])[:, 1]}
                 ).to_csv(cfg.data_dir / "predictions.csv", index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("."))
    parser.add_argument("--seed", type=int, default=7)
    a = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    run(Config(data_dir=a.data_dir, seed=a.seed))
