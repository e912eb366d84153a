"""Churn take-home: logistic regression on monthly customer snapshots."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

LOG = logging.getLogger(__name__)

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


def load_task(path: Path) -> dict:
    return json.loads(path.read_text())


def read_bundle(data_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv(data_dir / "train.csv", parse_dates=[TIME])
    test = pd.read_csv(data_dir / "test.csv", parse_dates=[TIME])
    return train, test


def add_basic_features(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(
        autopay=lambda d: d["autopay"].astype(int),
        charges_per_tenure=lambda d: d["monthly_charges"] / (d["tenure_months"] + 1),
        tickets_per_login=lambda d: d["support_tickets_30d"] / (d["logins_30d"] + 1),
        month_num=lambda d: d[TIME].dt.month,
    )


def split_by_time(df: pd.DataFrame, cutoff: pd.Timestamp) -> tuple[pd.DataFrame, pd.DataFrame]:
    fit = df[df[TIME] < cutoff]
    valid = df[df[TIME] >= cutoff]
    return fit, valid


def build_model() -> "Pipeline":
    pre = ColumnTransformer(
        [
            ("num", StandardScaler(), NUMERICS + ["charges_per_tenure", "tickets_per_login", "autopay"]),
            ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICALS),
        ]
    )
    return make_pipeline(pre, LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))


def score(y: pd.Series, p: np.ndarray) -> dict[str, float]:
    return {"roc_auc": roc_auc_score(y, p), "average_precision": average_precision_score(y, p)}


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
    LOG.info("task %s, metric %s", task.get("slug"), task.get("metric"))
    train, test = read_bundle(args.data_dir)
    train = train.pipe(add_basic_features)
    test = test.pipe(add_basic_features)

    fit, valid = split_by_time(train, VALID_FROM)
    LOG.info("fit=%d valid=%d churn(valid)=%.3f", len(fit), len(valid), valid[TARGET].mean())

    model = build_model().fit(fit, fit[TARGET])
    dummy = DummyClassifier(strategy="prior").fit(fit, fit[TARGET])
    metrics = {
        "model": score(valid[TARGET], model.predict_proba(valid)[:, 1]),
        "baseline": score(valid[TARGET], dummy.predict_proba(valid)[:, 1]),
    }
    LOG.info("metrics: %s", metrics)

    final = build_model().fit(train, train[TARGET])
    write_outputs(args.out_dir, test[ID], final.predict_proba(test)[:, 1], metrics)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main(parse_args())
