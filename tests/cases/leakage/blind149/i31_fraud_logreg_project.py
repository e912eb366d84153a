"""card-fraud take-home: logistic regression project flattened into a single file.

Sections: TaskSpec (from task.json) / loading / feature registry / splitter / model factories /
evaluate() / main().
"""
from __future__ import annotations

import json
import logging
from typing import Callable, Dict, List, Tuple, TypedDict

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("fraud")


# ---------------------------------------------------------------- config
class TaskSpec(TypedDict, total=False):
    slug: str
    target: str
    id_column: str
    leaky_columns: List[str]
    metric: str
    positive_rate: float


def read_spec(path: str = "task.json") -> TaskSpec:
    with open(path) as fh:
        return json.load(fh)


# ---------------------------------------------------------------- data
def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df["merchant_category"] = df["merchant_category"].astype(str)
    return df


# ---------------------------------------------------------------- features
FEATURES: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "log_amount": lambda d: np.log1p(d["amount"]),
    "night": lambda d: d["hour"].between(0, 5).astype(int),
    "far_from_home": lambda d: (d["distance_from_home_km"] > 100).astype(int),
    "burst": lambda d: (d["txn_count_24h"] >= 5).astype(int),
    "new_card": lambda d: (d["card_age_days"] < 30).astype(int),
    "flag_count": lambda d: (1 - d["card_present"]) + d["country_mismatch"],
}
NUMERIC = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
           "country_mismatch", "card_age_days"] + list(FEATURES)
CATEGORICAL = ["merchant_category"]


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for name, fn in FEATURES.items():
        out[name] = fn(out)
    return out


# ---------------------------------------------------------------- split
def stratified_split(df: pd.DataFrame, spec: TaskSpec, test_size: float = 0.25) -> Tuple[pd.DataFrame, pd.DataFrame]:
    return train_test_split(df, test_size=test_size, stratify=df[spec["target"]], random_state=17)


# ---------------------------------------------------------------- models
def preprocessor() -> ColumnTransformer:
    return ColumnTransformer([("num", StandardScaler(), NUMERIC),
                              ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL)])


FACTORIES: Dict[str, Callable[[], Pipeline]] = {
    "dummy_stratified": lambda: Pipeline([("prep", preprocessor()),
                                          ("clf", DummyClassifier(strategy="stratified", random_state=0))]),
    "logreg": lambda: Pipeline([("prep", preprocessor()),
                                ("clf", LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000))]),
}


# ---------------------------------------------------------------- evaluation
def evaluate(model: Pipeline, df: pd.DataFrame, spec: TaskSpec) -> Dict[str, float]:
    p = model.predict_proba(df[NUMERIC + CATEGORICAL])[:, 1]
    y = df[spec["target"]]
    return {"average_precision": float(average_precision_score(y, p)), "roc_auc": float(roc_auc_score(y, p)),
            "positives": int(y.sum())}


# ---------------------------------------------------------------- main
def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    spec = read_spec()
    data = add_features(load("train.csv"))
    train, valid = stratified_split(data, spec)

    results: Dict[str, Dict[str, float]] = {}
    for name, make in FACTORIES.items():
        model = make().fit(train[NUMERIC + CATEGORICAL], train[spec["target"]])
        results[name] = evaluate(model, valid, spec)
        log.info("%s %s", name, results[name])

    final = FACTORIES["logreg"]().fit(data[NUMERIC + CATEGORICAL], data[spec["target"]])
    test = add_features(load("test.csv"))
    pd.DataFrame({spec["id_column"]: test[spec["id_column"]],
                  "prediction": final.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump({"average_precision": results["logreg"]["average_precision"]}, fh)


if __name__ == "__main__":
    main()
