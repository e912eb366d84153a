"""Prepayment scoring - train a gradient-boosted model and report its fit.

python d11_insample_numeric_features.py [--train train.csv] [--test test.csv] [--max-iter 400]
"""
import argparse
import logging
import sys
from typing import List, Tuple

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

logger = logging.getLogger("prepay")

TARGET = "prepaid_12m"
ID_COL = "loan_id"
CAT_COLS = ("state", "property_type", "occupancy", "channel")


def cli() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    parser.add_argument("--max-iter", type=int, default=400)
    parser.add_argument("--lr", type=float, default=0.05)
    return parser.parse_args()


def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    if ID_COL not in df:
        logger.error("no %s column in %s", ID_COL, path)
        sys.exit(2)
    return df


def feature_columns(df: pd.DataFrame) -> List[str]:
    """Every numeric column except the key and the label (HGB handles NaN natively)."""
    numeric = df.select_dtypes(include=[np.number]).columns
    return [c for c in numeric if c not in (ID_COL, TARGET)]


def encode(df: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as pandas category codes (stateless per value)."""
    out = df.copy()
    for col in CAT_COLS:
        out[col + "_code"] = out[col].astype("category").cat.codes
    return out


def build(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.Series, List[str]]:
    data = encode(df)
    cols = feature_columns(data)
    logger.info("using %d features: %s", len(cols), cols)
    return data[cols], data[TARGET], cols


def report(y: pd.Series, p: np.ndarray) -> None:
    logger.info("ROC AUC  %.4f", roc_auc_score(y, p))
    logger.info("AP       %.4f", average_precision_score(y, p))
    logger.info("log loss %.4f", log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)))


def main() -> None:
    args = cli()
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(message)s")

    train = read(args.train)
    X, y, cols = build(train)
    assert X.shape[0] == len(y) and X.shape[1] == len(cols)

    model = HistGradientBoostingClassifier(max_iter=args.max_iter, learning_rate=args.lr, random_state=0)
    model.fit(X, y)
    report(y, model.predict_proba(X)[:, 1])

    test = encode(read(args.test))
    test = test.reindex(columns=cols + [ID_COL])
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": model.predict_proba(test[cols])[:, 1]}).to_csv(
        "predictions.csv", index=False
    )
    logger.info("predictions written")


if __name__ == "__main__":
    main()
