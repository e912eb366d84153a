"""
Hospital readmission within 30 days -- random forest baseline model.

Patients can have several stays, so the hold-out split is done on patient ids
(GroupShuffleSplit): a patient is either entirely in training or entirely in
the test set.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupShuffleSplit

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("readmit_rf")


class Config:
    data_path: Path = Path("train.csv")
    target: str = "readmitted_30d"
    patient: str = "patient_id"
    features: List[str] = ["age", "length_of_stay", "num_procedures", "num_medications",
                           "num_lab_tests", "n_diagnoses_codes", "emergency_admit", "stays_so_far"]
    test_size: float = 0.2
    seed: int = 12


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.data_path, parse_dates=["admit_date"])
    log.info("%d stays, %d patients", len(df), df[cfg.patient].nunique())
    return df


def engineer_features(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    df = df.sort_values([cfg.patient, "admit_date"]).copy()
    df["stays_so_far"] = df.groupby(cfg.patient).cumcount()
    df["emergency_admit"] = (df["admission_type"] == "emergency").astype(int)
    df["n_diagnoses_codes"] = df["diagnosis_codes"].fillna("").str.count(";") + 1
    return df


def patient_level_split(df: pd.DataFrame, cfg: Config):
    splitter = GroupShuffleSplit(n_splits=1, test_size=cfg.test_size, random_state=cfg.seed)
    train_idx, test_idx = next(splitter.split(df, groups=df[cfg.patient]))
    return df.iloc[train_idx], df.iloc[test_idx]


def train_model(X: pd.DataFrame, y: pd.Series, cfg: Config) -> RandomForestClassifier:
    return RandomForestClassifier(n_estimators=500, max_features="sqrt", min_samples_leaf=10,
                                  n_jobs=-1, random_state=cfg.seed).fit(X, y)


def evaluate_model(model, X: pd.DataFrame, y: pd.Series) -> float:
    return accuracy_score(y, model.predict(X))


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg), cfg)
    train, test = patient_level_split(df, cfg)
    assert not set(train[cfg.patient]) & set(test[cfg.patient])

    X_train, y_train = train[cfg.features], train[cfg.target]
    X_test, y_test = test[cfg.features], test[cfg.target]

    rf = train_model(X_train, y_train, cfg)
    dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

    log.info("majority-class accuracy: %.4f", evaluate_model(dummy, X_test, y_test))
    log.info("random forest accuracy:  %.4f", evaluate_model(rf, X_test, y_test))
    log.info("top features:\n%s", pd.Series(rf.feature_importances_, index=cfg.features).nlargest(5))


if __name__ == "__main__":
    main()
