"""card-fraud: "use every column" gradient boosting, flattened project.

Sections: TaskConfig | io | columns & features | splitter | factories | evaluation | main
"""
from __future__ import annotations

import json
import logging
from typing import Callable, Dict, List, Tuple, TypedDict

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

logger = logging.getLogger("fraud.allcols")


# -- TaskConfig ---------------------------------------------------------------
class TaskConfig(TypedDict):
    target: str
    id_column: str
    leaky_columns: List[str]
    metric: str
    positive_rate: float


def task_config(path: str = "task.json") -> TaskConfig:
    with open(path) as fh:
        return json.load(fh)


# -- io -----------------------------------------------------------------------
def read(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df["merchant_category"] = df["merchant_category"].astype("category")
    return df


# -- columns & features -------------------------------------------------------
EXTRA: Dict[str, Callable[[pd.DataFrame], pd.Series]] = {
    "log_amount": lambda d: np.log1p(d["amount"]),
    "night": lambda d: (d["hour"] <= 5).astype(int),
    "velocity_x_mismatch": lambda d: d["txn_count_24h"] * d["country_mismatch"],
}


def add_extra(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(**{name: fn(df) for name, fn in EXTRA.items()})


def feature_columns(df: pd.DataFrame, task: TaskConfig) -> List[str]:
    """Everything except the label and the post-outcome columns listed in task.json."""
    banned = {task["target"], *task["leaky_columns"]}
    return [c for c in df.columns if c not in banned]


# -- splitter -----------------------------------------------------------------
def splitter(df: pd.DataFrame, task: TaskConfig) -> Tuple[pd.DataFrame, pd.DataFrame]:
    return train_test_split(df, test_size=0.2, stratify=df[task["target"]], random_state=5)


# -- factories ----------------------------------------------------------------
def hgb() -> HistGradientBoostingClassifier:
    return HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, max_leaf_nodes=40,
                                          categorical_features="from_dtype", random_state=5)


def dummy() -> DummyClassifier:
    return DummyClassifier(strategy="prior")


# -- evaluation ---------------------------------------------------------------
def evaluate(model, df: pd.DataFrame, cols: List[str], task: TaskConfig) -> Dict[str, float]:
    p = model.predict_proba(df[cols])[:, 1]
    return {"average_precision": float(average_precision_score(df[task["target"]], p)),
            "roc_auc": float(roc_auc_score(df[task["target"]], p))}


# -- main ---------------------------------------------------------------------
def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    task = task_config()
    data = add_extra(read("train.csv"))
    cols = feature_columns(data, task)
    logger.info("training on %d columns: %s", len(cols), cols)
    train, valid = splitter(data, task)

    board = {}
    for name, make in {"dummy": dummy, "hgb": hgb}.items():
        model = make().fit(train[cols], train[task["target"]])
        board[name] = evaluate(model, valid, cols, task)
    logger.info("validation: %s", board)

    final = hgb().fit(data[cols], data[task["target"]])
    test = add_extra(read("test.csv"))
    pd.DataFrame({task["id_column"]: test[task["id_column"]],
                  "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as fh:
        json.dump(board["hgb"], fh)


if __name__ == "__main__":
    main()
