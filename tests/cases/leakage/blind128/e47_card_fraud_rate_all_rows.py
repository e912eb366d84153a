"""Card fraud: historical card fraud rate as a feature."""
import argparse
import json
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score, f1_score
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

LOG = logging.getLogger("fraud")
TARGET = "is_fraud"
ID = "transaction_id"
NUMERIC = ["amount", "hour", "card_age_days", "txn_count_24h", "avg_amount_30d", "is_foreign"]
CATS = ["merchant_category", "country", "channel"]


def load_task(path: Path) -> dict:
    return json.loads(path.read_text())


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(
        log_amount=lambda d: np.log1p(d["amount"]),
        amount_ratio=lambda d: d["amount"] / (d["avg_amount_30d"] + 1.0),
        night=lambda d: d["hour"].between(0, 5).astype(int),
    )


def write_outputs(ids: pd.Series, proba: np.ndarray, metrics: dict, out_dir: Path = Path(".")) -> None:
    pd.DataFrame({ID: ids, "prediction": proba}).to_csv(out_dir / "predictions.csv", index=False)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2))
FEATURES = NUMERIC + ["log_amount", "amount_ratio", "night"]


def add_card_rate(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(card_fraud_rate=lambda d: d.groupby("card_id")[TARGET].transform("mean"))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, default=Path("."))
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args()


def main(args: argparse.Namespace) -> None:
    DATA_DIR = args.data_dir
    task = load_task(DATA_DIR / "task.json")
    train = pd.read_csv(DATA_DIR / "train.csv").pipe(add_features)
    test = pd.read_csv(DATA_DIR / "test.csv").pipe(add_features)
    print(train.shape, test.shape, train[TARGET].mean())
    frame = train.pipe(add_card_rate)
    tr, te = train_test_split(frame, test_size=0.2, stratify=frame[TARGET], random_state=args.seed)
    cols = FEATURES + ["card_fraud_rate"]
    X_tr, y_tr, X_te, y_te = tr[cols], tr[TARGET], te[cols], te[TARGET]
    model = HistGradientBoostingClassifier(max_iter=300, random_state=args.seed).fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
    metrics = {"roc_auc": roc_auc_score(y_te, p), "average_precision": average_precision_score(y_te, p),
               "baseline_average_precision": average_precision_score(y_te, p0)}
    print(metrics)
    rates = train.groupby("card_id")[TARGET].mean()
    X_all = train.assign(card_fraud_rate=train["card_id"].map(rates))[cols]
    X_test = test.assign(card_fraud_rate=test["card_id"].map(rates).fillna(train[TARGET].mean()))[cols]
    model.fit(X_all, train[TARGET])
    write_outputs(test[ID], model.predict_proba(X_test)[:, 1], metrics)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(parse_args())
