"""Loan default (12 months) — scorecard-style logistic regression.

Pipeline nodes live in this file; `main()` is the orchestrator and every node
takes/returns dataframes so they are easy to unit test.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field

import joblib
import mlflow
import numpy as np
import pandas as pd
from scipy.stats import ks_2samp
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

logger = logging.getLogger("loan")


@dataclass
class LoanConfig:
    path: str = "train.csv"
    target: str = "defaulted_12m"
    month_col: str = "application_month"
    applicant_col: str = "applicant_id"
    loan_id: str = "loan_id"
    servicing_cols: list[str] = field(default_factory=lambda: ["days_past_due_max", "recovery_amount"])
    numeric: list[str] = field(default_factory=lambda: [
        "annual_income", "loan_amount", "term_months", "interest_rate", "dti", "credit_score",
        "open_credit_lines", "revolving_util", "months_employed", "prior_loans"])
    standardise: list[str] = field(default_factory=lambda: ["annual_income", "loan_amount", "dti", "credit_score"])
    categorical: list[str] = field(default_factory=lambda: ["purpose", "home_ownership", "employment_type"])
    test_from: str = "2023-01"
    C: float = 0.2


def load(cfg: LoanConfig) -> pd.DataFrame:
    df = pd.read_csv(cfg.path)
    df[cfg.month_col] = pd.PeriodIndex(df[cfg.month_col], freq="M")
    return df.drop(columns=cfg.servicing_cols)


def clean(df: pd.DataFrame, cfg: LoanConfig) -> pd.DataFrame:
    df = df.copy()
    df["annual_income"] = df["annual_income"].where(df["annual_income"] > 0)
    df[cfg.categorical] = df[cfg.categorical].fillna("missing")
    return df


def fit_stats(train_df: pd.DataFrame, cfg: LoanConfig) -> dict:
    return {
        "median": train_df[cfg.numeric].median(),
        "mean": train_df[cfg.standardise].mean(),
        "std": train_df[cfg.standardise].std(),
    }


def apply_stats(df: pd.DataFrame, stats: dict, cfg: LoanConfig) -> pd.DataFrame:
    df = df.copy()
    df[cfg.numeric] = df[cfg.numeric].fillna(stats["median"])
    for col in cfg.standardise:
        df[col] = (df[col] - stats["mean"][col]) / stats["std"][col]
    df["installment_to_income"] = df["loan_amount"] / (df["term_months"] * df["annual_income"].abs() + 1)
    return df


def features(df: pd.DataFrame, cfg: LoanConfig) -> pd.DataFrame:
    out = df.copy()
    out["high_util"] = (out["revolving_util"] > 0.8).astype(int)
    return pd.get_dummies(out, columns=cfg.categorical, drop_first=True, dtype=float)


def split(df: pd.DataFrame, cfg: LoanConfig) -> tuple[pd.DataFrame, pd.DataFrame]:
    boundary = pd.Period(cfg.test_from, freq="M")
    train = df[df[cfg.month_col] < boundary]
    test = df[df[cfg.month_col] >= boundary]
    test = test[~test[cfg.applicant_col].isin(train[cfg.applicant_col])]
    logger.info("train %d loans (%s..%s), test %d loans", len(train), train[cfg.month_col].min(),
                train[cfg.month_col].max(), len(test))
    return train, test


def model_columns(df: pd.DataFrame, cfg: LoanConfig) -> list[str]:
    return [c for c in df.columns if c not in {cfg.target, cfg.month_col, cfg.applicant_col, cfg.loan_id}]


def train(train_df: pd.DataFrame, cols: list[str], cfg: LoanConfig) -> dict:
    X, y = train_df[cols], train_df[cfg.target]
    return {
        "logit": LogisticRegression(C=cfg.C, max_iter=5000).fit(X, y),
        "dummy_prior": DummyClassifier(strategy="prior").fit(X, y),
    }


def evaluate(models: dict, test_df: pd.DataFrame, cols: list[str], cfg: LoanConfig) -> dict:
    y = test_df[cfg.target].to_numpy()
    out = {}
    for name, m in models.items():
        p = m.predict_proba(test_df[cols])[:, 1]
        out[f"{name}_auc"] = roc_auc_score(y, p)
        out[f"{name}_ap"] = average_precision_score(y, p)
        out[f"{name}_ks"] = ks_2samp(p[y == 1], p[y == 0]).statistic if y.any() else np.nan
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=0.2)
    ap.add_argument("--test-from", default="2023-01")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    cfg = LoanConfig(C=args.C, test_from=args.test_from)

    mlflow.set_experiment("loan-default")
    with mlflow.start_run(run_name="scorecard-logit"):
        mlflow.log_params({"C": cfg.C, "test_from": cfg.test_from})
        df = features(clean(load(cfg), cfg), cfg)
        train_df, test_df = split(df, cfg)
        stats = fit_stats(train_df, cfg)
        train_df, test_df = apply_stats(train_df, stats, cfg), apply_stats(test_df, stats, cfg)
        cols = model_columns(train_df, cfg)
        models = train(train_df, cols, cfg)
        metrics = evaluate(models, test_df, cols, cfg)
        mlflow.log_metrics(metrics)
        joblib.dump({"model": models["logit"], "columns": cols, "stats": stats}, "loan_logit.joblib")
        for k, v in sorted(metrics.items()):
            logger.info("%-18s %.4f", k, v)


if __name__ == "__main__":
    main()
