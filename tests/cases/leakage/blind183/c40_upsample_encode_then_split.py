"""churn_snapshots/train.py -- end-to-end training script.

Steps: load -> rebalance -> encode -> split -> fit -> report -> predict.
"""
import logging
from typing import Tuple

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.utils import resample

logging.basicConfig(level=logging.INFO, format="[%(asctime)s] %(message)s")
logger = logging.getLogger(__name__)

TARGET = "churned_next_month"
NUMERIC = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CATEGORICAL = ["plan", "region"]
RANDOM_STATE = 99


def load() -> Tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for frame in (train, test):
        frame["days_since_last_login"] = frame["days_since_last_login"].fillna(0)
    return train, test


def rebalance(df: pd.DataFrame, ratio: float = 0.5) -> pd.DataFrame:
    """Upsample the churn class to `ratio` times the size of the non-churn class."""
    stayers = df[df[TARGET] == 0]
    churners = df[df[TARGET] == 1]
    churners_up = resample(churners, replace=True, n_samples=int(len(stayers) * ratio), random_state=RANDOM_STATE)
    out = pd.concat([stayers, churners_up]).sample(frac=1.0, random_state=RANDOM_STATE)
    logger.info("rebalanced %d -> %d rows, positive share %.3f", len(df), len(out), out[TARGET].mean())
    return out


def build_encoder() -> ColumnTransformer:
    return ColumnTransformer(
        [
            ("num", StandardScaler(), NUMERIC),
            ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
        ]
    )


def main() -> None:
    train, test = load()
    logger.info("train %s, test %s, churn rate %.4f", train.shape, test.shape, train[TARGET].mean())

    balanced = rebalance(train)

    encoder = build_encoder()
    X = encoder.fit_transform(balanced[NUMERIC + CATEGORICAL])
    y = balanced[TARGET].to_numpy()

    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

    model = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                       subsample=0.8, random_state=RANDOM_STATE)
    model.fit(X_tr, y_tr)

    proba = model.predict_proba(X_va)[:, 1]
    logger.info("validation ROC AUC: %.4f", roc_auc_score(y_va, proba))
    print(classification_report(y_va, (proba >= 0.5).astype(int), digits=3))

    # final model on all rebalanced rows
    model.fit(X, y)
    X_test = encoder.transform(test[NUMERIC + CATEGORICAL])
    preds = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(X_test)[:, 1]})
    preds.to_csv("predictions.csv", index=False)
    logger.info("wrote predictions.csv (%d rows, mean %.4f)", len(preds), float(np.mean(preds["prediction"])))


if __name__ == "__main__":
    main()
