"""Card-fraud detection take-home.

The pipeline is expressed as a list of (node, inputs, outputs) triples over an
in-memory catalog, the same shape as a Kedro pipeline, so it can be ported
without touching the node functions.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

import joblib
import mlflow
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score
from sklearn.model_selection import train_test_split

logger = logging.getLogger("fraud")

PARAMS: dict[str, Any] = {
    "target": "is_fraud",
    "id_col": "txn_id",
    "card_col": "card_id",
    "post_event_cols": ["chargeback_flag", "dispute_opened"],
    "categorical": ["merchant_category", "entry_mode", "country"],
    "smote": {"sampling_strategy": 0.2, "k_neighbors": 5, "random_state": 1},
    "split": {"test_size": 0.25, "random_state": 1},
    "rf": {"n_estimators": 400, "min_samples_leaf": 3, "max_features": "sqrt", "n_jobs": -1, "random_state": 1},
}


def load_transactions(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["txn_ts"])
    assert df[PARAMS["id_col"]].is_unique
    logger.info("%d transactions, fraud rate %.4f", len(df), df[PARAMS["target"]].mean())
    return df


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.drop(columns=PARAMS["post_event_cols"]).copy()
    out["hour"] = out["txn_ts"].dt.hour
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    out["log_amount"] = np.log1p(out["amount"].clip(lower=0))
    out["foreign"] = (out["country"] != out["card_home_country"]).astype(int)
    out = pd.get_dummies(out, columns=PARAMS["categorical"], dtype=float)
    return out.drop(columns=["txn_ts", "card_home_country"])


def prepare_training_data(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    X = df.drop(columns=[PARAMS["target"], PARAMS["id_col"], PARAMS["card_col"]]).fillna(0)
    y = df[PARAMS["target"]]
    X_res, y_res = SMOTE(**PARAMS["smote"]).fit_resample(X, y)
    logger.info("after SMOTE: %d rows, positive share %.3f", len(X_res), y_res.mean())
    return X_res, y_res


def split_data(X: pd.DataFrame, y: pd.Series) -> dict[str, Any]:
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, stratify=y, **PARAMS["split"])
    return {"X_train": X_tr, "X_test": X_te, "y_train": y_tr, "y_test": y_te}


def train_models(data: dict[str, Any]) -> dict[str, Any]:
    rf = RandomForestClassifier(**PARAMS["rf"]).fit(data["X_train"], data["y_train"])
    dummy = DummyClassifier(strategy="stratified", random_state=0).fit(data["X_train"], data["y_train"])
    return {"random_forest": rf, "dummy_stratified": dummy}


def evaluate_models(models: dict[str, Any], data: dict[str, Any]) -> pd.DataFrame:
    rows = []
    for name, model in models.items():
        p = model.predict_proba(data["X_test"])[:, 1]
        prec, rec, _ = precision_recall_curve(data["y_test"], p)
        rows.append({
            "model": name,
            "roc_auc": roc_auc_score(data["y_test"], p),
            "avg_precision": average_precision_score(data["y_test"], p),
            "recall_at_p90": float(rec[prec >= 0.9].max()) if (prec >= 0.9).any() else 0.0,
        })
    return pd.DataFrame(rows).set_index("model")


def log_results(models: dict[str, Any], scores: pd.DataFrame) -> None:
    Path("artifacts").mkdir(exist_ok=True)
    joblib.dump(models["random_forest"], "artifacts/rf.joblib")
    mlflow.log_params({f"rf_{k}": v for k, v in PARAMS["rf"].items()})
    mlflow.log_params({f"smote_{k}": v for k, v in PARAMS["smote"].items()})
    for name, row in scores.iterrows():
        mlflow.log_metrics({f"{name}_{k}": float(v) for k, v in row.items()})
    logger.info("\n%s", scores.round(4).to_string())


PIPELINE: list[tuple[Callable, list[str], list[str]]] = [
    (engineer, ["raw"], ["features"]),
    (prepare_training_data, ["features"], ["X", "y"]),
    (split_data, ["X", "y"], ["data"]),
    (train_models, ["data"], ["models"]),
    (evaluate_models, ["models", "data"], ["scores"]),
    (log_results, ["models", "scores"], []),
]


def run(catalog: dict[str, Any]) -> dict[str, Any]:
    for node, inputs, outputs in PIPELINE:
        logger.info("node %s", node.__name__)
        result = node(*[catalog[i] for i in inputs])
        if len(outputs) == 1:
            catalog[outputs[0]] = result
        elif outputs:
            catalog.update(dict(zip(outputs, result)))
    return catalog


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    with mlflow.start_run(run_name="rf-smote"):
        run({"raw": load_transactions("train.csv")})


if __name__ == "__main__":
    main()
