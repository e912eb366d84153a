"""Loan default flow (Prefect): out-of-time XGBoost vs. a prior-rate baseline."""
from __future__ import annotations

import logging
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
import pandera as pa
from prefect import flow, get_run_logger, task
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from xgboost import XGBClassifier

TARGET = "defaulted_12m"
MONTH = "application_month"
APPLICANT = "applicant_id"
SERVICING = ["days_past_due_max", "recovery_amount"]
CUTOFF = "2023-01"
XGB_PARAMS = {"n_estimators": 600, "max_depth": 4, "learning_rate": 0.03, "subsample": 0.85,
              "colsample_bytree": 0.7, "min_child_weight": 5, "eval_metric": "auc", "random_state": 42}

LOANS = pa.DataFrameSchema(
    {
        APPLICANT: pa.Column(str),
        MONTH: pa.Column(str, pa.Check.str_matches(r"^\d{4}-\d{2}$")),
        TARGET: pa.Column(int, pa.Check.isin([0, 1])),
        "loan_amount": pa.Column(float, pa.Check.gt(0)),
        "interest_rate": pa.Column(float, pa.Check.in_range(0, 60)),
    },
    strict=False,
)


@task
def extract(path: str) -> pd.DataFrame:
    return LOANS.validate(pd.read_csv(path))


@task
def transform(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop(columns=SERVICING).copy()
    df["period"] = pd.PeriodIndex(df[MONTH], freq="M")
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1000)
    df["rate_x_term"] = df["interest_rate"] * df["term_months"]
    df["log_income"] = np.log1p(df["annual_income"].clip(lower=0))
    df = pd.get_dummies(df, columns=["purpose", "home_ownership"], dtype=int)
    return df


@task
def select_columns(df: pd.DataFrame) -> list[str]:
    numeric = df.select_dtypes(include=["number", "bool"]).columns
    return [c for c in numeric if c != TARGET]


@task
def split(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    boundary = pd.Period(CUTOFF, freq="M")
    past, future = df[df["period"] < boundary], df[df["period"] >= boundary]
    future = future[~future[APPLICANT].isin(set(past[APPLICANT]))]
    return past, future


@task
def fit(train: pd.DataFrame, cols: list[str]) -> dict:
    X, y = train[cols], train[TARGET]
    xgb = XGBClassifier(**XGB_PARAMS).fit(X, y)
    base = DummyClassifier(strategy="prior").fit(X, y)
    return {"xgb": xgb, "baseline_prior": base}


@task
def score(models: dict, test: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    y = test[TARGET]
    res = {}
    for name, m in models.items():
        p = m.predict_proba(test[cols])[:, 1]
        res[name] = {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p),
                     "brier": brier_score_loss(y, p)}
    return pd.DataFrame(res).T


@task
def publish(models: dict, table: pd.DataFrame, cols: list[str]) -> None:
    logger = get_run_logger()
    Path("artifacts").mkdir(exist_ok=True)
    joblib.dump({"model": models["xgb"], "columns": cols}, "artifacts/xgb_loan.joblib")
    with mlflow.start_run(run_name="xgb-oot"):
        mlflow.log_params(XGB_PARAMS)
        mlflow.log_param("cutoff", CUTOFF)
        for name, row in table.iterrows():
            mlflow.log_metrics({f"{name}_{k}": float(v) for k, v in row.items()})
    logger.info("\n%s", table.round(4).to_string())


@flow(name="loan-default")
def main(path: str = "train.csv") -> pd.DataFrame:
    df = transform(extract(path))
    cols = select_columns(df)
    train, test = split(df)
    models = fit(train, cols)
    table = score(models, test, cols)
    publish(models, table, cols)
    return table


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
