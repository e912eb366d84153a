"""card-fraud: SMOTE + logistic regression inside an imblearn pipeline.

Flattened from the repo layout: settings / loading / features / sampler + model factories /
cross-validated evaluation on the training part / final held-out check / main.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict, train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("fraud.smote")


@dataclass(frozen=True)
class Settings:
    target: str
    id_column: str
    leaky_columns: Tuple[str, ...]
    sampling_strategy: float = 0.2
    seed: int = 77


def settings() -> Settings:
    with open("task.json") as fh:
        t = json.load(fh)
    return Settings(t["target"], t["id_column"], tuple(t["leaky_columns"]))


def load(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


NUMERIC_FNS: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "log_amount": lambda d: np.log1p(d["amount"]),
    "hour": lambda d: d["hour"],
    "card_present": lambda d: d["card_present"],
    "log_distance": lambda d: np.log1p(d["distance_from_home_km"]),
    "txn_count_24h": lambda d: d["txn_count_24h"],
    "country_mismatch": lambda d: d["country_mismatch"],
    "card_age_days": lambda d: d["card_age_days"],
}


def design(d: pd.DataFrame) -> pd.DataFrame:
    X = pd.DataFrame({k: f(d) for k, f in NUMERIC_FNS.items()}, index=d.index)
    X["merchant_category"] = d["merchant_category"]
    return X


def smote_logit(s: Settings) -> ImbPipeline:
    prep = ColumnTransformer([("num", StandardScaler(), list(NUMERIC_FNS)),
                              ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["merchant_category"])])
    return ImbPipeline([("prep", prep),
                        ("smote", SMOTE(sampling_strategy=s.sampling_strategy, random_state=s.seed)),
                        ("clf", LogisticRegression(C=0.5, max_iter=4000))])


def prior_baseline(s: Settings) -> DummyClassifier:
    return DummyClassifier(strategy="prior")


FACTORIES: Dict[str, Callable[[Settings], object]] = {"prior_baseline": prior_baseline, "smote_logit": smote_logit}


def evaluate(y: pd.Series, p: np.ndarray) -> Dict[str, float]:
    return {"average_precision": float(average_precision_score(y, p)), "roc_auc": float(roc_auc_score(y, p))}


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    s = settings()
    df = load("train.csv")
    X, y = design(df), df[s.target]
    X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=s.seed)

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=s.seed)
    for name, make in FACTORIES.items():
        oof = cross_val_predict(make(s), X_dev, y_dev, cv=cv, method="predict_proba")[:, 1]
        log.info("cv  %-15s %s", name, evaluate(y_dev, oof))

    hold = {name: evaluate(y_hold, make(s).fit(X_dev, y_dev).predict_proba(X_hold)[:, 1])
            for name, make in FACTORIES.items()}
    log.info("holdout %s", hold)

    final = smote_logit(s).fit(X, y)
    test = load("test.csv")
    pd.DataFrame({s.id_column: test[s.id_column],
                  "prediction": final.predict_proba(design(test))[:, 1]}).to_csv("predictions.csv", index=False)
    json.dump(hold["smote_logit"], open("metrics.json", "w"))


if __name__ == "__main__":
    main()
