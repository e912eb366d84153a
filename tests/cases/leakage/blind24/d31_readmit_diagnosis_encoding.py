"""
Readmission take-home: LightGBM with an out-of-sample diagnosis risk feature.

`primary_diagnosis` has hundreds of codes. Its readmission rate is estimated
on the training period only (with smoothing) and mapped onto later stays.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
LOG = logging.getLogger("readmit.lgbm")


@dataclass
class Config:
    train_csv: Path = Path("train.csv")
    target: str = "readmitted_30d"
    time_col: str = "admit_date"
    patient_col: str = "patient_id"
    split_date: str = "2022-09-01"
    prior_weight: float = 30.0
    seed: int = 1


NUMERIC = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
           "hba1c", "creatinine"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.train_csv, parse_dates=[cfg.time_col])
    df["primary_diagnosis"] = df["primary_diagnosis"].str.upper().str.strip()
    return df


def temporal_patient_split(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    early = df[df[cfg.time_col] < cfg.split_date]
    late = df[df[cfg.time_col] >= cfg.split_date]
    new_patients = np.setdiff1d(late[cfg.patient_col].unique(), early[cfg.patient_col].unique())
    return early.copy(), late[late[cfg.patient_col].isin(new_patients)].copy()


def diagnosis_risk_table(train: pd.DataFrame, cfg: Config) -> tuple[pd.Series, float]:
    global_rate = train[cfg.target].mean()
    agg = train.groupby("primary_diagnosis")[cfg.target].agg(["sum", "count"])
    smoothed = (agg["sum"] + cfg.prior_weight * global_rate) / (agg["count"] + cfg.prior_weight)
    return smoothed, global_rate


def engineer_features(part: pd.DataFrame, risk: pd.Series, global_rate: float) -> pd.DataFrame:
    out = part[NUMERIC].copy()
    out["diagnosis_risk"] = part["primary_diagnosis"].map(risk).fillna(global_rate)
    out["polypharmacy"] = (part["num_medications"] >= 10).astype(int)
    return out


def train_model(X: pd.DataFrame, y: pd.Series, cfg: Config) -> LGBMClassifier:
    return LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=40,
                          colsample_bytree=0.8, random_state=cfg.seed, verbose=-1).fit(X, y)


def evaluate_model(y: pd.Series, p: np.ndarray, label: str) -> None:
    LOG.info("%-9s ROC AUC=%.4f PR AUC=%.4f", label, roc_auc_score(y, p), average_precision_score(y, p))


def main() -> None:
    cfg = Config()
    train, test = temporal_patient_split(load_data(cfg), cfg)
    risk, global_rate = diagnosis_risk_table(train, cfg)

    X_train = engineer_features(train, risk, global_rate)
    X_test = engineer_features(test, risk, global_rate)
    y_train, y_test = train[cfg.target], test[cfg.target]

    model = train_model(X_train, y_train, cfg)
    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    evaluate_model(y_test, dummy.predict_proba(X_test)[:, 1], "baseline")
    evaluate_model(y_test, model.predict_proba(X_test)[:, 1], "lightgbm")


if __name__ == "__main__":
    main()
