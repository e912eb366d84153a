"""Loan default model with hyperparameter search.

    python q36_loan_timewindow_search.py --n-iter 30 --valid-from 2022-07 --cutoff 2023-01

Nodes: load -> prepare -> split -> tune -> evaluate -> save. Hyperparameters are
chosen on a later validation window; the test window is scored once at the end.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

import joblib
import mlflow
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.base import clone
from sklearn.model_selection import ParameterSampler
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

logger = logging.getLogger("loan.search")

NUMERIC = ["annual_income", "loan_amount", "term_months", "interest_rate", "dti", "credit_score",
           "open_credit_lines", "revolving_util", "months_employed", "prior_loans"]
CATEGORICAL = ["purpose", "home_ownership", "employment_type", "state"]
NOT_AT_APPLICATION = ["days_past_due_max", "recovery_amount"]


@dataclass
class Args:
    data: str
    valid_from: str
    cutoff: str
    n_iter: int
    seed: int


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df["application_month"] = pd.PeriodIndex(df["application_month"], freq="M")
    return df.drop(columns=NOT_AT_APPLICATION)


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1000)
    return df.sort_values("application_month").reset_index(drop=True)


def split(df: pd.DataFrame, valid_from: str, cutoff: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    v0, t0 = pd.Period(valid_from, freq="M"), pd.Period(cutoff, freq="M")
    month = df["application_month"]
    train = df[month < v0]
    valid = df[(month >= v0) & (month < t0)]
    valid = valid[~valid["applicant_id"].isin(train["applicant_id"])]
    test = df[month >= t0]
    test = test[~test["applicant_id"].isin(pd.concat([train["applicant_id"], valid["applicant_id"]]))]
    return train, valid, test


def make_estimator(seed: int) -> Pipeline:
    prep = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUMERIC + ["loan_to_income"]),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATEGORICAL),
    ])
    return Pipeline([("prep", prep), ("gbm", HistGradientBoostingClassifier(random_state=seed))])


SEARCH_SPACE = {
    "gbm__learning_rate": loguniform(0.01, 0.2),
    "gbm__max_leaf_nodes": randint(15, 96),
    "gbm__min_samples_leaf": randint(20, 200),
    "gbm__l2_regularization": uniform(0.0, 2.0),
    "gbm__max_iter": randint(200, 800),
}


COLS = NUMERIC + CATEGORICAL + ["loan_to_income"]


def tune(train: pd.DataFrame, valid: pd.DataFrame, args: Args) -> tuple[dict, float]:
    base = make_estimator(args.seed)
    best_params, best_auc = None, -1.0
    for params in ParameterSampler(SEARCH_SPACE, n_iter=args.n_iter, random_state=args.seed):
        est = clone(base).set_params(**params).fit(train[COLS], train["defaulted_12m"])
        auc = roc_auc_score(valid["defaulted_12m"], est.predict_proba(valid[COLS])[:, 1])
        if auc > best_auc:
            best_params, best_auc = params, auc
    logger.info("best validation AUC %.4f with %s", best_auc, best_params)
    return best_params, best_auc


def refit(train: pd.DataFrame, valid: pd.DataFrame, params: dict, args: Args) -> Pipeline:
    fit_df = pd.concat([train, valid])
    return make_estimator(args.seed).set_params(**params).fit(fit_df[COLS], fit_df["defaulted_12m"])


def evaluate(model: Pipeline, valid_auc: float, fit_df: pd.DataFrame, test: pd.DataFrame) -> dict:
    y = test["defaulted_12m"]
    p = model.predict_proba(test[COLS])[:, 1]
    prior = DummyClassifier(strategy="prior").fit(fit_df[COLS], fit_df["defaulted_12m"])
    p0 = prior.predict_proba(test[COLS])[:, 1]
    return {
        "valid_auc": valid_auc,
        "test_auc": roc_auc_score(y, p),
        "test_pr_auc": average_precision_score(y, p),
        "prior_test_auc": roc_auc_score(y, p0),
        "prior_test_pr_auc": average_precision_score(y, p0),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="train.csv")
    p.add_argument("--valid-from", default="2022-07")
    p.add_argument("--cutoff", default="2023-01")
    p.add_argument("--n-iter", type=int, default=30)
    p.add_argument("--seed", type=int, default=0)
    args = Args(**vars(p.parse_args()))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    train, valid, test = split(prepare(load(args.data)), args.valid_from, args.cutoff)
    with mlflow.start_run(run_name="hgb-window-search"):
        mlflow.log_params(asdict(args))
        best_params, valid_auc = tune(train, valid, args)
        mlflow.log_params({k: round(v, 5) if isinstance(v, float) else v for k, v in best_params.items()})
        model = refit(train, valid, best_params, args)
        metrics = evaluate(model, valid_auc, pd.concat([train, valid]), test)
        mlflow.log_metrics(metrics)
        Path("artifacts").mkdir(exist_ok=True)
        joblib.dump(model, "artifacts/loan_hgb.joblib")
    for k, v in metrics.items():
        logger.info("%-18s %.4f", k, v)


if __name__ == "__main__":
    main()
