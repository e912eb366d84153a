"""card-fraud: grid-searched gradient boosting, flattened from a small project.

config | data | features | split | model factories | search | evaluation | main
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Tuple

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

LOG = logging.getLogger("fraud.grid")

# --- config -----------------------------------------------------------------
@dataclass(frozen=True)
class Config:
    target: str
    id_column: str
    leaky_columns: Tuple[str, ...]
    seed: int = 2718
    folds: int = 4


def read_config() -> Config:
    t = json.load(open("task.json"))
    return Config(t["target"], t["id_column"], tuple(t["leaky_columns"]))


# --- data -------------------------------------------------------------------
def read(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


# --- features ---------------------------------------------------------------
NUMERIC = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
           "country_mismatch", "card_age_days"]
DERIVED: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "amount_per_km": lambda d: d["amount"] / (d["distance_from_home_km"] + 1),
    "card_age_weeks": lambda d: d["card_age_days"] // 7,
}
COLUMNS = NUMERIC + list(DERIVED) + ["merchant_category"]


def features(d: pd.DataFrame) -> pd.DataFrame:
    return d.assign(**{k: f(d) for k, f in DERIVED.items()})[COLUMNS]


# --- split ------------------------------------------------------------------
def holdout(X: pd.DataFrame, y: pd.Series, cfg: Config):
    return train_test_split(X, y, test_size=0.2, stratify=y, random_state=cfg.seed)


# --- model factories --------------------------------------------------------
def pipeline(cfg: Config) -> Pipeline:
    enc = ColumnTransformer([("mcc", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1),
                              ["merchant_category"])], remainder="passthrough")
    return Pipeline([("enc", enc), ("gbm", HistGradientBoostingClassifier(random_state=cfg.seed))])


GRID: Dict[str, List[Any]] = {
    "gbm__learning_rate": [0.03, 0.1],
    "gbm__max_leaf_nodes": [15, 31, 63],
    "gbm__l2_regularization": [0.0, 1.0],
}


# --- search -----------------------------------------------------------------
def search(X: pd.DataFrame, y: pd.Series, cfg: Config) -> GridSearchCV:
    cv = StratifiedKFold(n_splits=cfg.folds, shuffle=True, random_state=cfg.seed)
    gs = GridSearchCV(pipeline(cfg), GRID, scoring="average_precision", cv=cv, n_jobs=-1, refit=True)
    return gs.fit(X, y)


# --- evaluation -------------------------------------------------------------
def evaluate(model, X: pd.DataFrame, y: pd.Series) -> Dict[str, float]:
    p = model.predict_proba(X)[:, 1]
    return {"average_precision": float(average_precision_score(y, p)), "roc_auc": float(roc_auc_score(y, p))}


# --- main -------------------------------------------------------------------
def main() -> None:
    logging.basicConfig(level=logging.INFO)
    cfg = read_config()
    df = read("train.csv")
    X, y = features(df), df[cfg.target]
    X_tr, X_te, y_tr, y_te = holdout(X, y, cfg)

    gs = search(X_tr, y_tr, cfg)
    LOG.info("best params %s, cv AP %.4f", gs.best_params_, gs.best_score_)

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    scores = {"baseline": evaluate(baseline, X_te, y_te), "tuned_gbm": evaluate(gs.best_estimator_, X_te, y_te)}
    LOG.info("test: %s", scores)

    final = pipeline(cfg).set_params(**gs.best_params_).fit(X, y)
    test = read("test.csv")
    pd.DataFrame({cfg.id_column: test[cfg.id_column],
                  "prediction": final.predict_proba(features(test))[:, 1]}).to_csv("predictions.csv", index=False)
    json.dump(scores, open("metrics.json", "w"), indent=2)


if __name__ == "__main__":
    main()
