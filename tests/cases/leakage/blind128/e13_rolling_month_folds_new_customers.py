"""Churn take-home: expanding monthly backtest on unseen customers."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from typing import Iterator

from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LOG = logging.getLogger("churn.backtest")

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
FOLD_STARTS = ["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"]
FEATURES = NUMERICS + ["autopay", "charges_per_tenure", "tickets_per_login"]


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


def month_folds(df: pd.DataFrame) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    for start in map(pd.Timestamp, FOLD_STARTS):
        past = df[df[TIME] < start]
        month = df[(df[TIME] >= start) & (df[TIME] < start + pd.offsets.MonthBegin(1))]
        yield past, month[~month[GROUP].isin(past[GROUP])]


def evaluate(est, fit: pd.DataFrame, hold: pd.DataFrame) -> dict[str, float]:
    p = est.fit(fit[FEATURES], fit[TARGET]).predict_proba(hold[FEATURES])[:, 1]
    return {"roc_auc": roc_auc_score(hold[TARGET], p), "average_precision": average_precision_score(hold[TARGET], p)}


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
    train, test = train.pipe(add_basic_features), test.pipe(add_basic_features)

    rows = []
    for past, hold in month_folds(train):
        if hold[TARGET].nunique() < 2:
            continue
        rows.append({"model": "prior", **evaluate(DummyClassifier(strategy="prior"), past, hold)})
        rows.append({"model": "hgb", **evaluate(HistGradientBoostingClassifier(max_iter=300, random_state=args.seed), past, hold)})
    table = pd.DataFrame(rows).groupby("model").mean()
    LOG.info("backtest:\n%s", table)

    final = HistGradientBoostingClassifier(max_iter=300, random_state=args.seed).fit(train[FEATURES], train[TARGET])
    write_outputs(args.out_dir, test[ID], final.predict_proba(test[FEATURES])[:, 1], table.to_dict(orient="index"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main(parse_args())
