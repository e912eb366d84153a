"""Loan default: LightGBM with class rebalancing, out-of-time evaluation.

Stages are registered with a tiny decorator-based registry and executed by
`main()`; config comes from a YAML-like dict so it can be swapped for Hydra.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable

import joblib
import mlflow
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, recall_score, roc_auc_score

log = logging.getLogger("loan.stages")

CFG: dict[str, Any] = {
    "io": {"train": "train.csv", "model_dir": "artifacts"},
    "cols": {
        "target": "defaulted_12m",
        "month": "application_month",
        "applicant": "applicant_id",
        "loan_id": "loan_id",
        "servicing": ["days_past_due_max", "recovery_amount"],
        "categorical": ["purpose", "home_ownership", "employment_type"],
    },
    "balance": {"sampling_strategy": 0.5, "random_state": 3},
    "split": {"test_from": "2023-01"},
    "lgbm": {"n_estimators": 600, "learning_rate": 0.03, "num_leaves": 31, "min_child_samples": 40,
             "colsample_bytree": 0.8, "random_state": 3, "verbose": -1},
    "decision_threshold": 0.5,
}
COLS = CFG["cols"]

STAGES: "OrderedDict[str, Callable[[dict], dict]]" = OrderedDict()


def stage(name: str):
    def register(fn):
        STAGES[name] = fn
        return fn
    return register


@stage("load")
def load(state: dict) -> dict:
    df = pd.read_csv(CFG["io"]["train"])
    df[COLS["month"]] = pd.PeriodIndex(df[COLS["month"]], freq="M")
    state["raw"] = df.drop(columns=COLS["servicing"])
    return state


@stage("prepare")
def prepare(state: dict) -> dict:
    df = state["raw"].copy()
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1000)
    df["credit_score"] = df["credit_score"].fillna(-1)
    state["prepared"] = pd.get_dummies(df, columns=COLS["categorical"], dtype=int)
    return state


@stage("split")
def split(state: dict) -> dict:
    df = state["prepared"]
    boundary = pd.Period(CFG["split"]["test_from"], freq="M")
    train = df[df[COLS["month"]] < boundary]
    test = df[df[COLS["month"]] >= boundary]
    test = test[~test[COLS["applicant"]].isin(set(train[COLS["applicant"]]))]
    state.update(train=train, test=test)
    return state


@stage("balance")
def balance(state: dict) -> dict:
    train = state["train"]
    ros = RandomOverSampler(**CFG["balance"])
    balanced, _ = ros.fit_resample(train, train[COLS["target"]])
    log.info("train rows %d -> %d, default share %.3f", len(train), len(balanced), balanced[COLS["target"]].mean())
    state["train_balanced"] = balanced.reset_index(drop=True)
    return state


@stage("train")
def train(state: dict) -> dict:
    skip = {COLS["target"], COLS["month"], COLS["applicant"], COLS["loan_id"]}
    fit_df = state["train_balanced"]
    cols = [c for c in fit_df.columns if c not in skip]
    model = LGBMClassifier(**CFG["lgbm"]).fit(fit_df[cols], fit_df[COLS["target"]])
    prior = DummyClassifier(strategy="prior").fit(state["train"][cols], state["train"][COLS["target"]])
    state.update(model=model, prior=prior, cols=cols)
    return state


@stage("evaluate")
def evaluate(state: dict) -> dict:
    test, cols = state["test"], state["cols"]
    y = test[COLS["target"]].to_numpy()
    p = state["model"].predict_proba(test[cols])[:, 1]
    state["metrics"] = {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        "recall": recall_score(y, (p >= CFG["decision_threshold"]).astype(int)),
        "flag_rate": float(np.mean(p >= CFG["decision_threshold"])),
    }
    p0 = state["prior"].predict_proba(test[cols])[:, 1]
    state["metrics"].update(
        prior_baseline_roc_auc=roc_auc_score(y, p0),
        prior_baseline_pr_auc=average_precision_score(y, p0),
    )
    return state


@stage("save")
def save(state: dict) -> dict:
    out = Path(CFG["io"]["model_dir"])
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump({"model": state["model"], "cols": state["cols"]}, out / "loan_lgbm.joblib")
    mlflow.log_params(CFG["lgbm"])
    mlflow.log_params({f"balance_{k}": v for k, v in CFG["balance"].items()})
    mlflow.log_metrics(state["metrics"])
    return state


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(message)s")
    state: dict = {}
    with mlflow.start_run(run_name="lgbm-balanced"):
        for name, fn in STAGES.items():
            log.info("stage: %s", name)
            state = fn(state)
    for k, v in state["metrics"].items():
        log.info("%-10s %.4f", k, v)


if __name__ == "__main__":
    main()
