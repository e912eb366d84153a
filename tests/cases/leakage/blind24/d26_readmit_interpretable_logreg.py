"""
30-day readmission take-home: interpretable logistic regression.

Column names in the extract are long, so they are shortened first. The model
is evaluated on a later admission period, restricted to patients who have no
stay in the training period.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(levelname)s] %(message)s")
logger = logging.getLogger("readmission")

RENAMES = {
    "length_of_stay": "los_days",
    "num_medications": "n_meds",
    "num_procedures": "n_procs",
    "num_lab_tests": "n_labs",
    "discharge_disposition": "dispo",
    "followup_call_done": "fu_call",
    "insurance_type": "payer",
}


@dataclass
class Config:
    path: Path = Path("train.csv")
    target: str = "readmitted_30d"
    time_col: str = "admit_date"
    patient_col: str = "patient_id"
    cutoff: str = "2022-10-01"
    numeric = ("age", "los_days", "n_meds", "n_procs", "n_labs", "hba1c", "creatinine",
               "prior_stays", "fu_call")
    categorical = ("sex", "dispo", "payer", "primary_diagnosis")


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=[cfg.time_col, "discharge_date"])
    df = df.rename(columns=RENAMES)
    return df.sort_values([cfg.patient_col, cfg.time_col]).reset_index(drop=True)


def engineer_features(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    df = df.copy()
    df["prior_stays"] = df.groupby(cfg.patient_col).cumcount()
    df["los_days"] = np.log1p(df["los_days"])
    return df


def split_data(df: pd.DataFrame, cfg: Config):
    train = df[df[cfg.time_col] < cfg.cutoff]
    test = df[df[cfg.time_col] >= cfg.cutoff]
    test = test[~test[cfg.patient_col].isin(train[cfg.patient_col])]
    logger.info("train %d stays / test %d stays", len(train), len(test))
    return train, test


def train_model(train: pd.DataFrame, cfg: Config) -> Pipeline:
    pre = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
         list(cfg.numeric)),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), list(cfg.categorical)),
    ])
    pipe = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=3000, C=0.2))])
    return pipe.fit(train[list(cfg.numeric + cfg.categorical)], train[cfg.target])


def evaluate_model(model, test: pd.DataFrame, cfg: Config, name: str) -> None:
    X = test[list(cfg.numeric + cfg.categorical)]
    proba = model.predict_proba(X)[:, 1]
    logger.info("%s: ROC AUC %.4f, PR AUC %.4f", name,
                roc_auc_score(test[cfg.target], proba), average_precision_score(test[cfg.target], proba))


def main() -> None:
    cfg = Config()
    df = engineer_features(load_data(cfg), cfg)
    train, test = split_data(df, cfg)

    model = train_model(train, cfg)
    baseline = DummyClassifier(strategy="prior").fit(train[list(cfg.numeric)], train[cfg.target])

    evaluate_model(baseline, test, cfg, "baseline (prior)")
    evaluate_model(model, test, cfg, "logistic regression")


if __name__ == "__main__":
    main()
