"""Churn take-home: HistGradientBoosting with native categoricals."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

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
    valid = valid[~valid[GROUP].isin(fit[GROUP].unique())]
    return fit, valid


def build_pipeline(seed: int):
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATEGORICALS),
        remainder="passthrough",
    )
    clf = HistGradientBoostingClassifier(
        categorical_features=list(range(len(CATEGORICALS))), learning_rate=0.05, max_iter=350, random_state=seed
    )
    return make_pipeline(enc, clf)


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
    cols = CATEGORICALS + NUMERICS + ["autopay", "charges_per_tenure", "tickets_per_login"]
    train, test = train.pipe(add_basic_features), test.pipe(add_basic_features)

    fit, valid = split_by_time(train, VALID_FROM)
    pipe = build_pipeline(args.seed).fit(fit[cols], fit[TARGET])
    p = pipe.predict_proba(valid[cols])[:, 1]
    metrics = {"roc_auc": roc_auc_score(valid[TARGET], p), "average_precision": average_precision_score(valid[TARGET], p)}
    LOG.info("validation: %s", metrics)

    pipe = build_pipeline(args.seed).fit(train[cols], train[TARGET])
    write_outputs(args.out_dir, test[ID], pipe.predict_proba(test[cols])[:, 1], metrics)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main(parse_args())
