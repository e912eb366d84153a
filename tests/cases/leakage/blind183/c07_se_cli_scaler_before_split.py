"""Churn-snapshots take-home: train a churn model and write predictions.csv.

Usage:
    python c07_se_cli_scaler_before_split.py --data-dir . --valid-share 0.2
"""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("churn")


@dataclass(frozen=True)
class Config:
    data_dir: Path
    valid_share: float = 0.2
    cutoff: str = "2024-07-01"
    seed: int = 7
    numeric: tuple[str, ...] = (
        "tenure_months",
        "monthly_spend",
        "logins_30d",
        "support_tickets_30d",
        "days_since_last_login",
    )
    categorical: tuple[str, ...] = ("plan", "region")
    extra: dict = field(default_factory=dict)


def parse_args() -> Config:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("."))
    parser.add_argument("--valid-share", type=float, default=0.2)
    parser.add_argument("--cutoff", default="2024-07-01")
    parser.add_argument("--seed", type=int, default=7)
    ns = parser.parse_args()
    return Config(data_dir=ns.data_dir, valid_share=ns.valid_share, cutoff=ns.cutoff, seed=ns.seed)


def load(cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    task = json.loads((cfg.data_dir / "task.json").read_text())
    train = pd.read_csv(cfg.data_dir / "train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv(cfg.data_dir / "test.csv", parse_dates=["snapshot_month"])
    return train, test, task


def make_preprocessor(cfg: Config) -> ColumnTransformer:
    return ColumnTransformer(
        [
            ("num", StandardScaler(), list(cfg.numeric)),
            ("cat", OneHotEncoder(handle_unknown="ignore"), list(cfg.categorical)),
        ]
    )


def holdout_masks(df: pd.DataFrame, cfg: Config) -> tuple[np.ndarray, np.ndarray]:
    """Fit on some customers' early months, evaluate on *other* customers' later months."""
    rng = np.random.default_rng(cfg.seed)
    customers = df["customer_id"].unique()
    n_valid = int(len(customers) * cfg.valid_share)
    valid_customers = rng.choice(customers, size=n_valid, replace=False)
    in_valid = df["customer_id"].isin(valid_customers).to_numpy()
    before = (df["snapshot_month"] < pd.Timestamp(cfg.cutoff)).to_numpy()
    return ~in_valid & before, in_valid & ~before


def evaluate(y_true: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    return {
        "roc_auc": float(roc_auc_score(y_true, scores)),
        "average_precision": float(average_precision_score(y_true, scores)),
    }


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    cfg = parse_args()
    train, test, task = load(cfg)
    target = task["target"]
    feature_cols = list(cfg.numeric) + list(cfg.categorical)

    X = train[feature_cols].fillna({"days_since_last_login": 999})
    y = train[target].to_numpy()

    preprocessor = make_preprocessor(cfg)
    X_enc = preprocessor.fit_transform(X)

    fit_mask, valid_mask = holdout_masks(train, cfg)
    log.info("fit rows=%d valid rows=%d", fit_mask.sum(), valid_mask.sum())

    model = LogisticRegression(max_iter=1000, class_weight="balanced")
    model.fit(X_enc[fit_mask], y[fit_mask])
    dummy = DummyClassifier(strategy="prior").fit(X_enc[fit_mask], y[fit_mask])

    results = {
        "baseline_prior": evaluate(y[valid_mask], dummy.predict_proba(X_enc[valid_mask])[:, 1]),
        "logreg": evaluate(y[valid_mask], model.predict_proba(X_enc[valid_mask])[:, 1]),
    }
    log.info("validation: %s", json.dumps(results, indent=2))

    final_pre = make_preprocessor(cfg)
    X_full = final_pre.fit_transform(X)
    final = LogisticRegression(max_iter=1000, class_weight="balanced").fit(X_full, y)
    X_test = final_pre.transform(test[feature_cols].fillna({"days_since_last_login": 999}))
    preds = pd.DataFrame({task["id_column"]: test[task["id_column"]], "prediction": final.predict_proba(X_test)[:, 1]})
    preds.to_csv(cfg.data_dir / "predictions.csv", index=False)
    log.info("wrote %d predictions", len(preds))


if __name__ == "__main__":
    main()
