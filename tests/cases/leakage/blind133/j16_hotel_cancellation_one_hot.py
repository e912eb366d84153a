"""StayWell hotels - booking cancellation classifier.

Pipeline: load -> clean -> encode -> train/validate -> predict test bookings.
"""
import argparse
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("staywell")


@dataclass(frozen=True)
class Config:
    target: str = "is_canceled"
    id_col: str = "booking_id"
    valid_size: float = 0.2
    seed: int = 99
    n_trees: int = 400


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["children"] = df["children"].fillna(0)
    df["total_nights"] = df["stays_weekend_nights"] + df["stays_week_nights"]
    df["guests"] = df["adults"] + df["children"]
    df["adr_per_guest"] = df["adr"] / df["guests"].replace(0, np.nan)
    df["adr_per_guest"] = df["adr_per_guest"].fillna(df["adr"])
    # raw date strings are not usable by the forest
    date_like = [c for c in df.columns if c.endswith("_date")]
    return df.drop(columns=date_like)


def one_hot(df, columns=None):
    """One-hot every object column; optional reindex aligns test columns to the training layout."""
    cat_cols = df.select_dtypes("object").columns.tolist()
    out = pd.get_dummies(df, columns=cat_cols, dtype=int)
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0)
    return out


def train_and_validate(X, y, cfg):
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=cfg.valid_size, stratify=y, random_state=cfg.seed)
    models = {
        "dummy": DummyClassifier(strategy="stratified", random_state=cfg.seed),
        "forest": RandomForestClassifier(n_estimators=cfg.n_trees, min_samples_leaf=2, n_jobs=-1,
                                         random_state=cfg.seed),
    }
    for name, m in models.items():
        m.fit(X_tr, y_tr)
        proba = m.predict_proba(X_va)[:, 1]
        log.info("%-7s AUC %.4f  F1 %.4f", name, roc_auc_score(y_va, proba), f1_score(y_va, proba > 0.5))
    return models["forest"]


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = Config()

    raw = pd.read_csv(args.train)
    raw_test = pd.read_csv(args.test)
    df = clean(raw)
    y = df.pop(cfg.target)
    ids = df.pop(cfg.id_col)
    log.info("%d bookings, cancel rate %.3f", len(ids), y.mean())

    X = one_hot(df)
    train_and_validate(X, y, cfg)

    final = RandomForestClassifier(n_estimators=cfg.n_trees, min_samples_leaf=2, n_jobs=-1, random_state=cfg.seed)
    final.fit(X, y)
    test_df = clean(raw_test)
    test_ids = test_df.pop(cfg.id_col)
    pd.DataFrame({cfg.id_col: test_ids, "prediction": final.predict_proba(one_hot(test_df, X.columns))[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
