"""
Readmission take-home submission script.

Trains a gradient boosting model on the whole of train.csv, reports how well it
fits, and writes predictions.csv for the stays in test.csv.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

logging.basicConfig(level=logging.INFO, format="%(message)s")
logger = logging.getLogger("submission")


class Config:
    train_path = Path("train.csv")
    test_path = Path("test.csv")
    out_path = Path("predictions.csv")
    target = "readmitted_30d"
    id_col = "stay_id"
    features: List[str] = ["age", "length_of_stay", "num_procedures", "num_medications",
                           "num_lab_tests", "hba1c_missing", "creatinine_missing",
                           "stay_number", "emergency", "discharged_home"]


def load_data(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=["admit_date"])


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["patient_id", "admit_date"]).copy()
    df["stay_number"] = df.groupby("patient_id").cumcount() + 1
    df["hba1c_missing"] = df["hba1c"].isna().astype(int)
    df["creatinine_missing"] = df["creatinine"].isna().astype(int)
    df["emergency"] = (df["admission_type"] == "emergency").astype(int)
    df["discharged_home"] = (df["discharge_disposition"] == "home").astype(int)
    return df


def train_model(df: pd.DataFrame, cfg: Config) -> GradientBoostingClassifier:
    model = GradientBoostingClassifier(n_estimators=500, learning_rate=0.05, max_depth=4,
                                       subsample=0.9, random_state=0)
    return model.fit(df[cfg.features], df[cfg.target])


def evaluate_model(model, df: pd.DataFrame, cfg: Config) -> None:
    proba = model.predict_proba(df[cfg.features])[:, 1]
    y = df[cfg.target]
    logger.info("ROC AUC      : %.4f", roc_auc_score(y, proba))
    logger.info("PR AUC       : %.4f", average_precision_score(y, proba))
    logger.info("log loss     : %.4f", log_loss(y, proba))


def main() -> None:
    cfg = Config()
    train = engineer_features(load_data(cfg.train_path))
    model = train_model(train, cfg)
    evaluate_model(model, train, cfg)

    test = engineer_features(load_data(cfg.test_path))
    preds = pd.DataFrame({cfg.id_col: test[cfg.id_col],
                          "prediction": model.predict_proba(test[cfg.features])[:, 1]})
    preds.to_csv(cfg.out_path, index=False)
    logger.info("wrote %d predictions to %s", len(preds), cfg.out_path)


if __name__ == "__main__":
    main()
