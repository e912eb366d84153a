"""Churn take-home: train a churn-next-month model and write predictions.csv.

Usage:
    python u01_churn_train_module.py --data-dir . --cutoff 2024-10-01
"""
import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("churn")

TARGET = "churned_next_month"


@dataclass
class Config:
    data_dir: Path = Path(".")
    cutoff: str = "2024-10-01"
    C: float = 0.5
    numeric: list = field(default_factory=lambda: [
        "tenure_months", "monthly_charges", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
    ])
    categorical: list = field(default_factory=lambda: ["plan", "region", "has_discount"])


def load(cfg: Config):
    train = pd.read_csv(cfg.data_dir / "train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv(cfg.data_dir / "test.csv", parse_dates=["snapshot_month"])
    log.info("train %s rows, %s customers; test %s rows",
             len(train), train.customer_id.nunique(), len(test))
    return train, test


def make_model(cfg: Config) -> Pipeline:
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), cfg.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cfg.categorical),
    ])
    return Pipeline([("pre", pre),
                     ("clf", LogisticRegression(C=cfg.C, max_iter=2000, class_weight="balanced"))])


def time_split(df: pd.DataFrame, cutoff: str):
    """Train on months before the cutoff; validate on later months, only on
    customers the model has never seen (new sign-ups), which mimics test.csv."""
    cut = pd.Timestamp(cutoff)
    fit_part = df[df.snapshot_month < cut]
    val_part = df[df.snapshot_month >= cut]
    seen = set(fit_part.customer_id)
    val_part = val_part[~val_part.customer_id.isin(seen)]
    log.info("fit rows %d, validation rows %d (%d unseen customers)",
             len(fit_part), len(val_part), val_part.customer_id.nunique())
    return fit_part, val_part


def evaluate(cfg: Config, df: pd.DataFrame) -> dict:
    feats = cfg.numeric + cfg.categorical
    fit_part, val_part = time_split(df, cfg.cutoff)
    model = make_model(cfg).fit(fit_part[feats], fit_part[TARGET])
    p = model.predict_proba(val_part[feats])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(fit_part[feats], fit_part[TARGET])
    p0 = dummy.predict_proba(val_part[feats])[:, 1]

    res = {
        "ap": average_precision_score(val_part[TARGET], p),
        "auc": roc_auc_score(val_part[TARGET], p),
        "ap_baseline": average_precision_score(val_part[TARGET], p0),
        "auc_baseline": roc_auc_score(val_part[TARGET], p0),
    }
    for k, v in res.items():
        log.info("%-14s %.4f", k, v)
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir", type=Path, default=Path("."))
    ap.add_argument("--cutoff", default="2024-10-01")
    ap.add_argument("--C", type=float, default=0.5)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    cfg = Config(data_dir=args.data_dir, cutoff=args.cutoff, C=args.C)
    train, test = load(cfg)
    log.info("positive rate %.3f", train[TARGET].mean())

    evaluate(cfg, train)

    # refit on everything labelled for the submission
    feats = cfg.numeric + cfg.categorical
    final = make_model(cfg).fit(train[feats], train[TARGET])
    out = pd.DataFrame({"snapshot_id": test.snapshot_id,
                        "prediction": final.predict_proba(test[feats])[:, 1]})
    out.to_csv(cfg.data_dir / "predictions.csv", index=False)
    log.info("wrote %d predictions, mean %.4f", len(out), np.mean(out.prediction))


if __name__ == "__main__":
    main()
