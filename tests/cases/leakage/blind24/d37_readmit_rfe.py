"""
Readmission take-home: recursive feature elimination + gradient boosting.

Steps
  1. load stays, one-hot encode categoricals
  2. prune the feature set with RFE (random-forest importances)
  3. chronological split; later period restricted to new patients
  4. fit gradient boosting on the pruned set and compare with a dummy
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import List

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.metrics import average_precision_score, roc_auc_score

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("readmit.rfe")


@dataclass
class Config:
    csv_path: Path = Path("train.csv")
    target: str = "readmitted_30d"
    time_col: str = "admit_date"
    patient_col: str = "patient_id"
    test_start: str = "2022-10-01"
    n_keep: int = 12
    seed: int = 3


NON_FEATURES = ["stay_id", "patient_id", "admit_date", "discharge_date",
                "followup_call_done", "readmitted_30d"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.csv_path, parse_dates=[cfg.time_col])
    cats = ["sex", "primary_diagnosis", "discharge_disposition", "insurance_type"]
    df = pd.get_dummies(df, columns=cats, dtype=int)
    for col in ["hba1c", "creatinine"]:
        df[f"{col}_missing"] = df[col].isna().astype(int)
        df[col] = df[col].fillna(0)
    return df


def select_features(X: pd.DataFrame, y: pd.Series, cfg: Config) -> List[str]:
    rfe = RFE(RandomForestClassifier(n_estimators=200, n_jobs=-1, random_state=cfg.seed),
              n_features_to_select=cfg.n_keep, step=0.1)
    rfe.fit(X, y)
    kept = list(X.columns[rfe.support_])
    logger.info("RFE kept %d/%d features: %s", len(kept), X.shape[1], kept)
    return kept


def split_data(df: pd.DataFrame, cfg: Config):
    train = df[df[cfg.time_col] < cfg.test_start]
    test = df[df[cfg.time_col] >= cfg.test_start]
    return train, test[~test[cfg.patient_col].isin(set(train[cfg.patient_col]))]


def evaluate_model(name: str, model, X: pd.DataFrame, y: pd.Series) -> None:
    p = model.predict_proba(X)[:, 1]
    logger.info("%s  ROC AUC %.4f  PR AUC %.4f", name, roc_auc_score(y, p), average_precision_score(y, p))


def main() -> None:
    cfg = Config()
    df = load_data(cfg)
    candidates = [c for c in df.columns if c not in NON_FEATURES]
    features = select_features(df[candidates], df[cfg.target], cfg)

    train, test = split_data(df, cfg)
    gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=cfg.seed)
    gbm.fit(train[features], train[cfg.target])
    dummy = DummyClassifier(strategy="prior").fit(train[features], train[cfg.target])

    evaluate_model("dummy", dummy, test[features], test[cfg.target])
    evaluate_model("gbm  ", gbm, test[features], test[cfg.target])


if __name__ == "__main__":
    main()
