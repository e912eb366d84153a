"""Churn take-home: gradient boosting on all available snapshot columns."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from dataclasses import dataclass, field

from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LOG = logging.getLogger("churn")

TARGET = "churned_next_month"
TIME = "snapshot_month"
GROUP = "customer_id"
ID = "snapshot_id"
CATEGORICALS = ["plan", "region", "contract_type", "payment_method"]
NUMERICS = [
    "monthly_charges",
    "tenure_months",
    "logins_30d",
    "support_tickets_30d",
    "payment_failures_90d",
    "discount_pct",
]
VALID_FROM = pd.Timestamp("2024-07-01")


@dataclass(frozen=True)
class Task:
    target: str
    id_column: str
    time_column: str
    group_column: str
    drop_columns: tuple[str, ...] = field(default_factory=tuple)


def load_task(path: Path) -> Task:
    raw = json.loads(path.read_text())
    return Task(
        target=raw["target"],
        id_column=raw["id_column"],
        time_column=raw["time_column"],
        group_column=raw["group_column"],
        drop_columns=tuple(raw.get("leaky_cols", [])),
    )


def read_bundle(data_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv(data_dir / "train.csv", parse_dates=[TIME])
    test = pd.read_csv(data_dir / "test.csv", parse_dates=[TIME])
    return train, test


def to_matrix(df: pd.DataFrame, task: Task) -> pd.DataFrame:
    return (
        df.drop(columns=[task.target, task.id_column, task.time_column, task.group_column, *task.drop_columns], errors="ignore")
        .pipe(pd.get_dummies, columns=CATEGORICALS, dtype=float)
        .assign(charges_per_tenure=lambda d: d["monthly_charges"] / (d["tenure_months"] + 1))
        .astype(float)
    )


def split_by_time(df: pd.DataFrame, cutoff: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame]:
    fit = df[df[TIME] < cutoff]
    valid = df[df[TIME] >= cutoff]
    valid = valid[~valid[GROUP].isin(fit[GROUP].unique())]
    return fit, valid


def write_outputs(out_dir: Path, ids: pd.Series, proba: np.ndarray, metrics: dict) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({ID: ids, "prediction": proba}).to_csv(out_dir / "predictions.csv", index=False)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))
    LOG.info("wrote %d predictions to %s", len(ids), out_dir)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("."))
    parser.add_argument("--out-dir", type=Path, default=Path("."))
    parser.add_argument("--seed", type=int, default=42)
    return parser.parse_args()


def main(args: argparse.Namespace) -> None:
    task = load_task(args.data_dir / "task.json")
    train, test = read_bundle(args.data_dir)
    LOG.info("train %s test %s, dropping %s", train.shape, test.shape, task.drop_columns)

    fit, valid = split_by_time(train, VALID_FROM)
    X_fit, X_valid = to_matrix(fit, task), to_matrix(valid, task).reindex(columns=to_matrix(fit, task).columns, fill_value=0)
    y_fit, y_valid = fit[task.target], valid[task.target]

    model = HistGradientBoostingClassifier(max_depth=4, learning_rate=0.05, max_iter=400, random_state=args.seed)
    model.fit(X_fit, y_fit)
    prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit)

    metrics = {}
    for name, est in (("baseline_prior", prior), ("hgb", model)):
        p = est.predict_proba(X_valid)[:, 1]
        metrics[name] = {"roc_auc": roc_auc_score(y_valid, p), "average_precision": average_precision_score(y_valid, p)}
        LOG.info("%s: %s", name, metrics[name])

    X_all = to_matrix(train, task)
    X_test = to_matrix(test, task).reindex(columns=X_all.columns, fill_value=0)
    model.fit(X_all, train[task.target])
    write_outputs(args.out_dir, test[task.id_column], model.predict_proba(X_test)[:, 1], metrics)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main(parse_args())
