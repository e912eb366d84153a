"""
Readmission take-home: model bake-off.

Trains several classifiers on stays admitted before 2022-10 and scores them on
later stays of patients that are new in that period. The best model by ROC AUC
is reported and saved.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict

import joblib
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
logger = logging.getLogger("bakeoff")


class Config:
    path = Path("train.csv")
    model_out = Path("best_model.joblib")
    target = "readmitted_30d"
    time_col = "admit_date"
    patient_col = "patient_id"
    cutoff = "2022-10-01"
    features = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
                "hba1c", "creatinine", "n_prior_stays", "days_since_last_discharge"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.path, parse_dates=[cfg.time_col, "discharge_date"])
    df = df.sort_values([cfg.patient_col, cfg.time_col])
    grp = df.groupby(cfg.patient_col)
    df["n_prior_stays"] = grp.cumcount()
    df["days_since_last_discharge"] = (df[cfg.time_col] - grp["discharge_date"].shift(1)).dt.days
    return df


def candidate_models() -> Dict[str, object]:
    def imputed(model):
        return make_pipeline(SimpleImputer(strategy="median"), model)

    return {
        "baseline_prior": DummyClassifier(strategy="prior"),
        "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                                LogisticRegression(max_iter=2000)),
        "random_forest": imputed(RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)),
        "extra_trees": imputed(ExtraTreesClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)),
        "gbm": imputed(GradientBoostingClassifier(n_estimators=300, max_depth=3, random_state=0)),
    }


def main() -> None:
    cfg = Config()
    df = load_data(cfg)
    train = df[df[cfg.time_col] < cfg.cutoff]
    test = df[df[cfg.time_col] >= cfg.cutoff]
    test = test[~test[cfg.patient_col].isin(train[cfg.patient_col].unique())]

    X_train, y_train = train[cfg.features], train[cfg.target]
    X_test, y_test = test[cfg.features], test[cfg.target]

    leaderboard = []
    fitted = {}
    for name, model in candidate_models().items():
        model.fit(X_train, y_train)
        proba = model.predict_proba(X_test)[:, 1]
        leaderboard.append({"model": name, "roc_auc": roc_auc_score(y_test, proba),
                            "pr_auc": average_precision_score(y_test, proba)})
        fitted[name] = model

    board = pd.DataFrame(leaderboard).sort_values("roc_auc", ascending=False).reset_index(drop=True)
    logger.info("\n%s", board.round(4).to_string())

    winner = board.loc[0, "model"]
    logger.info("best model: %s (test ROC AUC %.4f)", winner, board.loc[0, "roc_auc"])
    joblib.dump(fitted[winner], cfg.model_out)


if __name__ == "__main__":
    main()
