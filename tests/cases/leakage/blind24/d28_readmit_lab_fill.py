"""
Readmission take-home: gradient boosting with lab values.

HbA1c and creatinine are missing for many stays; when a patient has the lab on
another stay, that measurement is used to fill the gap.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import List, Tuple

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

logger = logging.getLogger(__name__)


class Config:
    DATA = Path("train.csv")
    TARGET = "readmitted_30d"
    TIME = "admit_date"
    PATIENT = "patient_id"
    LAB_COLUMNS = ["hba1c", "creatinine"]
    TEST_START = pd.Timestamp("2022-10-01")
    FEATURES = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
                "hba1c", "creatinine", "n_previous_stays", "is_male", "discharged_home"]


def load_data() -> pd.DataFrame:
    df = pd.read_csv(Config.DATA, parse_dates=[Config.TIME])
    return df.sort_values([Config.PATIENT, Config.TIME]).reset_index(drop=True)


def fill_labs(df: pd.DataFrame, lab_cols: List[str]) -> pd.DataFrame:
    """Carry a patient's lab values across stays to fill gaps."""
    df = df.copy()
    df[lab_cols] = df.groupby(Config.PATIENT)[lab_cols].transform(lambda s: s.ffill().bfill())
    return df


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    df = fill_labs(df, Config.LAB_COLUMNS)
    df["n_previous_stays"] = df.groupby(Config.PATIENT).cumcount()
    df["is_male"] = (df["sex"] == "M").astype(int)
    df["discharged_home"] = (df["discharge_disposition"] == "home").astype(int)
    return df


def split_data(df: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
    train = df.loc[df[Config.TIME] < Config.TEST_START]
    test = df.loc[df[Config.TIME] >= Config.TEST_START]
    train_patients = set(train[Config.PATIENT])
    test = test.loc[~test[Config.PATIENT].isin(train_patients)]
    return train, test


def train_model(train: pd.DataFrame) -> HistGradientBoostingClassifier:
    model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=15,
                                           early_stopping=False, random_state=0)
    return model.fit(train[Config.FEATURES], train[Config.TARGET])


def evaluate_model(model, test: pd.DataFrame) -> dict:
    p = model.predict_proba(test[Config.FEATURES])[:, 1]
    return {"roc_auc": roc_auc_score(test[Config.TARGET], p),
            "avg_precision": average_precision_score(test[Config.TARGET], p)}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    df = engineer_features(load_data())
    train, test = split_data(df)
    logger.info("train=%d test=%d", len(train), len(test))

    model = train_model(train)
    dummy = DummyClassifier(strategy="prior").fit(train[Config.FEATURES], train[Config.TARGET])
    logger.info("dummy: %s", evaluate_model(dummy, test))
    logger.info("hgb:   %s", evaluate_model(model, test))


if __name__ == "__main__":
    main()
