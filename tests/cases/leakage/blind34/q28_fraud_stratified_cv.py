"""Card fraud: cross-validated comparison of three model families.

CLI:  python q28_fraud_stratified_cv.py --folds 5 --train train.csv --test test.csv
"""
from __future__ import annotations

import logging
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
import pandera as pa
import typer
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from xgboost import XGBClassifier

log = logging.getLogger("fraud.cv")

TARGET, CARD, TXN_ID = "is_fraud", "card_id", "txn_id"
POST_EVENT = ["chargeback_flag", "dispute_opened"]
NUMERIC = ["amount_log", "hour", "card_txn_count_24h", "card_amount_24h", "distance_from_home_km", "merchant_age_days"]
CATEGORICAL = ["merchant_category", "entry_mode", "country"]

SCHEMA = pa.DataFrameSchema(
    {
        TXN_ID: pa.Column(int, unique=True),
        CARD: pa.Column(str),
        "amount": pa.Column(float, pa.Check.ge(0)),
        TARGET: pa.Column(int, pa.Check.isin([0, 1])),
    },
    strict=False,
)


def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["txn_ts"])
    return SCHEMA.validate(df) if TARGET in df else df


def transform(df: pd.DataFrame) -> pd.DataFrame:
    out = df.drop(columns=[c for c in POST_EVENT if c in df]).sort_values("txn_ts").copy()
    out["amount_log"] = np.log1p(out["amount"])
    out["hour"] = out["txn_ts"].dt.hour
    return out.reset_index(drop=True)


def preprocessor() -> ColumnTransformer:
    return ColumnTransformer(
        [("num", StandardScaler(), NUMERIC), ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL)]
    )


def registry(pos_weight: float) -> dict:
    return {
        "dummy_prior": DummyClassifier(strategy="prior"),
        "logreg": Pipeline([("prep", preprocessor()), ("clf", LogisticRegression(C=0.5, max_iter=3000))]),
        "xgb": Pipeline(
            [
                ("prep", preprocessor()),
                ("clf", XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05,
                                      scale_pos_weight=pos_weight, eval_metric="aucpr")),
            ]
        ),
    }


def compare(df: pd.DataFrame, folds: int, seed: int) -> pd.DataFrame:
    X, y = df[NUMERIC + CATEGORICAL], df[TARGET]
    pos_weight = float((y == 0).sum() / max(1, (y == 1).sum()))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    rows = []
    for name, est in registry(pos_weight).items():
        res = cross_validate(est, X, y, cv=cv, scoring=["roc_auc", "average_precision"], n_jobs=-1)
        rows.append({"model": name,
                     "roc_auc": res["test_roc_auc"].mean(),
                     "pr_auc": res["test_average_precision"].mean(),
                     "pr_auc_std": res["test_average_precision"].std()})
        log.info("%-12s AUC %.4f  PR-AUC %.4f", name, rows[-1]["roc_auc"], rows[-1]["pr_auc"])
    return pd.DataFrame(rows).set_index("model")


def fit_final(df: pd.DataFrame, name: str):
    y = df[TARGET]
    pos_weight = float((y == 0).sum() / max(1, (y == 1).sum()))
    return registry(pos_weight)[name].fit(df[NUMERIC + CATEGORICAL], y)


def main(train: Path = Path("train.csv"), test: Path = Path("test.csv"), folds: int = 5, seed: int = 0) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    df = transform(load(train))
    with mlflow.start_run(run_name="fraud-cv"):
        mlflow.log_params({"folds": folds, "seed": seed, "n_rows": len(df)})
        table = compare(df, folds, seed)
        for name, row in table.iterrows():
            mlflow.log_metrics({f"cv_{name}_{k}": float(v) for k, v in row.items()})
        best = table.drop(index="dummy_prior")["pr_auc"].idxmax()
        mlflow.log_param("best_model", best)
        model = fit_final(df, best)
        joblib.dump(model, f"fraud_{best}.joblib")
    scoring = transform(load(test))
    pd.DataFrame({TXN_ID: scoring[TXN_ID], "prediction": model.predict_proba(scoring[NUMERIC + CATEGORICAL])[:, 1]}
                 ).to_csv("predictions.csv", index=False)
    log.info("best model: %s\n%s", best, table.round(4).to_string())


if __name__ == "__main__":
    typer.run(main)
