"""Churn model: plain-Python step runner, logistic regression vs. prior baseline.

Steps are registered in order in STEPS and share a `context` dict, which keeps
each function small and testable without a framework.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import joblib
import mlflow
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logger = logging.getLogger("churn.steps")


@dataclass
class Settings:
    data: str = "train.csv"
    target: str = "churned_30d"
    time_col: str = "snapshot_date"
    customer_col: str = "customer_id"
    id_col: str = "snapshot_id"
    cutoff: str = "2023-07-01"
    C: float = 0.5
    numeric: tuple = ("monthly_spend", "sessions", "support_tickets", "failed_payments", "tenure_months")
    categorical: tuple = ("plan_tier", "region", "billing_cycle")
    ignore: tuple = ("cancel_reason_code", "winback_offer_sent")


Context = dict
STEPS: list[Callable[[Context, Settings], Context]] = []


def step(fn):
    STEPS.append(fn)
    return fn


@step
def load(ctx: Context, s: Settings) -> Context:
    df = pd.read_csv(s.data, parse_dates=[s.time_col])
    ctx["raw"] = df.drop(columns=list(s.ignore), errors="ignore")
    return ctx


@step
def clean(ctx: Context, s: Settings) -> Context:
    df = ctx["raw"].sort_values([s.customer_col, s.time_col]).copy()
    df["tenure_months"] = df.groupby(s.customer_col).cumcount()
    df["monthly_spend"] = df["monthly_spend"].clip(lower=0)
    ctx["clean"] = df.reset_index(drop=True)
    return ctx


def temporal_split(df: pd.DataFrame, time_col: str, cutoff: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    ts = pd.Timestamp(cutoff)
    return df[df[time_col] < ts].copy(), df[df[time_col] >= ts].copy()


@step
def split(ctx: Context, s: Settings) -> Context:
    train, test = temporal_split(ctx["clean"], s.time_col, s.cutoff)
    logger.info("train %s..%s (%d) | test %s..%s (%d)",
                train[s.time_col].min().date(), train[s.time_col].max().date(), len(train),
                test[s.time_col].min().date(), test[s.time_col].max().date(), len(test))
    ctx["train"], ctx["test"] = train, test
    return ctx


def build_model(s: Settings) -> Pipeline:
    prep = ColumnTransformer(
        [
            ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]),
             list(s.numeric)),
            ("cat", OneHotEncoder(handle_unknown="ignore"), list(s.categorical)),
        ]
    )
    return Pipeline([("prep", prep), ("clf", LogisticRegression(C=s.C, max_iter=2000, class_weight="balanced"))])


@step
def train(ctx: Context, s: Settings) -> Context:
    cols = list(s.numeric) + list(s.categorical)
    X, y = ctx["train"][cols], ctx["train"][s.target]
    ctx["models"] = {
        "logreg": build_model(s).fit(X, y),
        "baseline_prior": DummyClassifier(strategy="prior").fit(X, y),
    }
    ctx["cols"] = cols
    return ctx


@step
def evaluate(ctx: Context, s: Settings) -> Context:
    test = ctx["test"]
    y = test[s.target].to_numpy()
    results = {}
    for name, model in ctx["models"].items():
        p = model.predict_proba(test[ctx["cols"]])[:, 1]
        top = np.argsort(-p)[: max(1, len(p) // 10)]
        results[name] = {
            "roc_auc": roc_auc_score(y, p),
            "pr_auc": average_precision_score(y, p),
            "recall_at_top10pct": y[top].sum() / max(1, y.sum()),
        }
    ctx["results"] = results
    return ctx


@step
def report(ctx: Context, s: Settings) -> Context:
    for name, metrics in ctx["results"].items():
        for key, value in metrics.items():
            mlflow.log_metric(f"{name}.{key}", value)
            logger.info("%-15s %-20s %.4f", name, key, value)
    Path("artifacts").mkdir(exist_ok=True)
    joblib.dump(ctx["models"]["logreg"], "artifacts/logreg.joblib")
    return ctx


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    settings = Settings(**dict(a.split("=", 1) for a in argv)) if argv else Settings()
    with mlflow.start_run(run_name="logreg-oot"):
        mlflow.log_params({k: v for k, v in asdict(settings).items() if not isinstance(v, tuple)})
        ctx: Context = {}
        for fn in STEPS:
            logger.info("running step %s", fn.__name__)
            ctx = fn(ctx, settings)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
