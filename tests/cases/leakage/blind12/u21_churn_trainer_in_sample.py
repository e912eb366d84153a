"""Churn trainer: fit, report, predict.

    python u21_churn_trainer_in_sample.py --train train.csv --test test.csv --out predictions.csv
"""
import argparse
import json
import logging
from pathlib import Path

import joblib
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logger = logging.getLogger("trainer")

TARGET = "churned_next_month"
ID = "snapshot_id"
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATEGORICAL = ["plan", "region"]


class Trainer:
    def __init__(self, n_estimators=400, min_samples_leaf=8, seed=0):
        self.params = dict(n_estimators=n_estimators, min_samples_leaf=min_samples_leaf,
                           class_weight="balanced_subsample", n_jobs=-1, random_state=seed)
        self.model = None
        self.metrics = {}

    def _build(self):
        pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)],
                                remainder="passthrough")
        return Pipeline([("pre", pre), ("rf", RandomForestClassifier(**self.params))])

    def fit(self, df: pd.DataFrame):
        X, y = df[NUMERIC + CATEGORICAL].fillna(-1), df[TARGET]
        self.model = self._build().fit(X, y)
        proba = self.model.predict_proba(X)[:, 1]
        self.metrics = {
            "roc_auc": roc_auc_score(y, proba),
            "average_precision": average_precision_score(y, proba),
            "log_loss": log_loss(y, proba),
            "n_rows": int(len(df)),
        }
        logger.info("fit metrics: %s", json.dumps(self.metrics, default=float))
        return self

    def predict(self, df: pd.DataFrame) -> pd.DataFrame:
        proba = self.model.predict_proba(df[NUMERIC + CATEGORICAL].fillna(-1))[:, 1]
        return pd.DataFrame({ID: df[ID], "prediction": proba})

    def save(self, path: Path):
        joblib.dump({"model": self.model, "metrics": self.metrics}, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", type=Path, default=Path("train.csv"))
    ap.add_argument("--test", type=Path, default=Path("test.csv"))
    ap.add_argument("--out", type=Path, default=Path("predictions.csv"))
    ap.add_argument("--n-estimators", type=int, default=400)
    ap.add_argument("--save-model", type=Path)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    train = pd.read_csv(args.train)
    test = pd.read_csv(args.test)
    logger.info("train rows %d (%d customers), test rows %d", len(train),
                train.customer_id.nunique(), len(test))

    trainer = Trainer(n_estimators=args.n_estimators).fit(train)
    preds = trainer.predict(test)
    preds.to_csv(args.out, index=False)
    logger.info("wrote %s (%d rows)", args.out, len(preds))
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": trainer.metrics["roc_auc"]}, fh)
    if args.save_model:
        trainer.save(args.save_model)


if __name__ == "__main__":
    main()
