"""Prepayment flagging - which loans will the servicing team call?

The business wants a yes/no list, so besides the probability model a decision
threshold maximising F1 is chosen.
"""
import argparse
import logging
from typing import Dict, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

LOG = logging.getLogger(__name__)

TARGET = "prepaid_12m"
ID_COL = "loan_id"
NUM_COLS = ["orig_rate", "rate_gap", "loan_age_months", "ltv", "fico", "dti", "loan_amount", "num_borrowers"]
CAT_COLS = ["property_type", "occupancy", "channel", "state"]


def arguments() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--grid", type=int, default=99, help="number of thresholds to try")
    return ap.parse_args()


def pipeline():
    prep = make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUM_COLS),
        (OneHotEncoder(handle_unknown="ignore"), CAT_COLS),
    )
    return make_pipeline(prep, LogisticRegression(C=0.3, max_iter=4000, class_weight="balanced"))


def best_threshold(y_true: np.ndarray, proba: np.ndarray, n: int = 99) -> Tuple[float, float]:
    """Threshold in (0, 1) with the highest F1, and that F1."""
    grid = np.linspace(0.01, 0.99, n)
    f1s = np.array([f1_score(y_true, proba >= t) for t in grid])
    i = int(f1s.argmax())
    return float(grid[i]), float(f1s[i])


def classification_report_at(y_true, proba, t: float) -> Dict[str, float]:
    pred = proba >= t
    return {
        "threshold": t,
        "precision": precision_score(y_true, pred),
        "recall": recall_score(y_true, pred),
        "f1": f1_score(y_true, pred),
        "roc_auc": roc_auc_score(y_true, proba),
    }


def main() -> None:
    args = arguments()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    df = pd.read_csv(args.train)
    X, y = df[NUM_COLS + CAT_COLS], df[TARGET].to_numpy()
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=8)

    model = pipeline().fit(X_tr, y_tr)
    proba_te = model.predict_proba(X_te)[:, 1]

    t, f1 = best_threshold(y_te, proba_te, n=args.grid)
    LOG.info("best threshold %.2f (F1 %.3f)", t, f1)
    final_report = classification_report_at(y_te, proba_te, t)
    LOG.info("test report: %s", {k: round(v, 4) for k, v in final_report.items()})

    test = pd.read_csv(args.test)
    proba = model.predict_proba(test[NUM_COLS + CAT_COLS])[:, 1]
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": proba}).to_csv("predictions.csv", index=False)
    pd.DataFrame({ID_COL: test[ID_COL], "call": (proba >= t).astype(int)}).to_csv("call_list.csv", index=False)


if __name__ == "__main__":
    main()
