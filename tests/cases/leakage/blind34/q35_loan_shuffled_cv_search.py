"""Loan default model with hyperparameter search.

    python q35_loan_shuffled_cv_search.py --n-iter 30 --cutoff 2023-01

Nodes: load -> prepare -> split -> tune -> evaluate -> save. Preprocessing is a
ColumnTransformer inside the estimator so the search refits it per fold.
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
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold
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
    cutoff: str
    n_iter: int
    folds: int
    seed: int


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path)
    df["application_month"] = pd.PeriodIndex(df["application_month"], freq="M")
    return df.drop(columns=NOT_AT_APPLICATION)


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1000)
    return df.sort_values("application_month").reset_index(drop=True)


def split(df: pd.DataFrame, cutoff: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    boundary = pd.Period(cutoff, freq="M")
    train = df[df["application_month"] < boundary]
    test = df[df["application_month"] >= boundary]
    test = test[~test["applicant_id"].isin(train["applicant_id"])]
    return train, test


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


def tune(train: pd.DataFrame, args: Args) -> RandomizedSearchCV:
    X, y = train[NUMERIC + CATEGORICAL + ["loan_to_income"]], train["defaulted_12m"]
    search = RandomizedSearchCV(
        make_estimator(args.seed),
        SEARCH_SPACE,
        n_iter=args.n_iter,
        scoring="roc_auc",
        cv=StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=args.seed),
        n_jobs=-1,
        random_state=args.seed,
        refit=True,
    )
    search.fit(X, y)
    logger.info("best CV AUC %.4f with %s", search.best_score_, search.best_params_)
    return search


def evaluate(search: RandomizedSearchCV, train: pd.DataFrame, test: pd.DataFrame) -> dict:
    cols = NUMERIC + CATEGORICAL + ["loan_to_income"]
    y = test["defaulted_12m"]
    p = search.best_estimator_.predict_proba(test[cols])[:, 1]
    prior = DummyClassifier(strategy="prior").fit(train[cols], train["defaulted_12m"])
    p0 = prior.predict_proba(test[cols])[:, 1]
    return {
        "cv_auc": search.best_score_,
        "test_auc": roc_auc_score(y, p),
        "test_pr_auc": average_precision_score(y, p),
        "prior_test_auc": roc_auc_score(y, p0),
        "prior_test_pr_auc": average_precision_score(y, p0),
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="train.csv")
    p.add_argument("--cutoff", default="2023-01")
    p.add_argument("--n-iter", type=int, default=30)
    p.add_argument("--folds", type=int, default=5)
    p.add_argument("--seed", type=int, default=0)
    args = Args(**vars(p.parse_args()))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    train, test = split(prepare(load(args.data)), args.cutoff)
    with mlflow.start_run(run_name="hgb-random-search"):
        mlflow.log_params(asdict(args))
        search = tune(train, args)
        mlflow.log_params({k: round(v, 5) if isinstance(v, float) else v for k, v in search.best_params_.items()})
        metrics = evaluate(search, train, test)
        mlflow.log_metrics(metrics)
        Path("artifacts").mkdir(exist_ok=True)
        joblib.dump(search.best_estimator_, "artifacts/loan_hgb.joblib")
    for k, v in metrics.items():
        logger.info("%-18s %.4f", k, v)


if __name__ == "__main__":
    main()
