"""Churn take-home: univariate feature selection + logistic regression."""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

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
K_BEST = 12


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


def encode(df: pd.DataFrame) -> pd.DataFrame:
    return pd.get_dummies(df, columns=CATEGORICALS, dtype=float)


def candidate_columns(df: pd.DataFrame) -> list[str]:
    return [c for c in df.columns if c in NUMERICS or c.startswith(tuple(CATEGORICALS))] + [
        "autopay", "charges_per_tenure", "tickets_per_login"]


def select_features(df: pd.DataFrame, cols: list[str], k: int = K_BEST) -> list[str]:
    selector = SelectKBest(mutual_info_classif, k=k).fit(df[cols], df[TARGET])
    return [c for c, keep in zip(cols, selector.get_support()) if keep]


def build_model() -> Pipeline:
    return Pipeline([("scale", StandardScaler()), ("clf", LogisticRegression(class_weight="balanced", max_iter=2000))])


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
    frame = train.pipe(add_basic_features).pipe(encode)
    cols = candidate_columns(frame)
    cols = select_features(frame, cols)
    LOG.info("selected: %s", cols)
    fit, valid = split_by_time(frame, VALID_FROM)

    model = build_model().fit(fit[cols], fit[TARGET])
    base = DummyClassifier(strategy="prior").fit(fit[cols], fit[TARGET])
    p, p0 = model.predict_proba(valid[cols])[:, 1], base.predict_proba(valid[cols])[:, 1]
    metrics = {
        "roc_auc": roc_auc_score(valid[TARGET], p),
        "average_precision": average_precision_score(valid[TARGET], p),
        "baseline_average_precision": average_precision_score(valid[TARGET], p0),
    }
    LOG.info("%s", metrics)

    test_x = test.pipe(add_basic_features).pipe(encode).reindex(columns=frame.columns, fill_value=0)
    model.fit(frame[cols], frame[TARGET])
    write_outputs(args.out_dir, test[ID], model.predict_proba(test_x[cols])[:, 1], metrics)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    main(parse_args())
