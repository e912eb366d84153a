"""Churn prediction flow (Prefect 2).

Run locally with `python q04_churn_prefect_flow_timecut.py run --data train.csv`.
Tasks are small and cache-friendly so the flow can later be deployed as-is.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import joblib
import mlflow
import numpy as np
import pandas as pd
import typer
from prefect import flow, task
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

log = logging.getLogger(__name__)
app = typer.Typer(add_completion=False)

CONFIG: dict[str, Any] = {
    "target": "churned_30d",
    "time_col": "snapshot_date",
    "entity_col": "customer_id",
    "id_col": "snapshot_id",
    "exclude": ["cancel_reason_code", "winback_offer_sent"],
    "numeric": ["monthly_spend", "sessions", "support_tickets", "failed_payments", "discount_pct"],
    "categorical": ["plan_tier", "region", "acquisition_channel"],
    "split": {"cutoff": "2023-07-01"},
    "model": {"max_iter": 300, "learning_rate": 0.05, "max_leaf_nodes": 31, "l2_regularization": 1.0},
}


@task
def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[CONFIG["time_col"]])
    assert df[CONFIG["id_col"]].is_unique, "snapshot ids must be unique"
    log.info("loaded %d snapshots for %d customers", len(df), df[CONFIG["entity_col"]].nunique())
    return df


@task
def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop(columns=CONFIG["exclude"], errors="ignore")
    df = df.sort_values([CONFIG["entity_col"], CONFIG["time_col"]])
    df[CONFIG["numeric"]] = df[CONFIG["numeric"]].fillna(0.0)
    return df.reset_index(drop=True)


@task
def make_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    grouped = out.groupby(CONFIG["entity_col"])
    for col in ["monthly_spend", "sessions", "support_tickets"]:
        out[f"{col}_lag1"] = grouped[col].shift(1)
        out[f"{col}_delta"] = out[col] - out[f"{col}_lag1"]
    out["tenure"] = grouped.cumcount()
    out["month"] = out[CONFIG["time_col"]].dt.month
    out = pd.get_dummies(out, columns=CONFIG["categorical"], dtype=float)
    return out


@task
def split(df: pd.DataFrame) -> dict[str, pd.DataFrame]:
    cutoff = pd.Timestamp(CONFIG["split"]["cutoff"])
    train = df[df[CONFIG["time_col"]] < cutoff]
    later = df[df[CONFIG["time_col"]] >= cutoff]
    known = train[CONFIG["entity_col"]].unique()
    test = later[~later[CONFIG["entity_col"]].isin(known)]
    log.info("cutoff %s: %d train / %d test rows", cutoff.date(), len(train), len(test))
    return {"train": train, "test": test}


def _feature_list(df: pd.DataFrame) -> list[str]:
    skip = {CONFIG["target"], CONFIG["time_col"], CONFIG["entity_col"], CONFIG["id_col"]}
    return [c for c in df.columns if c not in skip]


@task
def train(frames: dict[str, pd.DataFrame], features: list[str]) -> dict[str, Any]:
    tr = frames["train"]
    gbm = HistGradientBoostingClassifier(**CONFIG["model"], random_state=0)
    gbm.fit(tr[features], tr[CONFIG["target"]])
    dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[CONFIG["target"]])
    return {"hgb": gbm, "dummy": dummy}


@task
def evaluate(models: dict[str, Any], frames: dict[str, pd.DataFrame], features: list[str]) -> pd.DataFrame:
    te = frames["test"]
    rows = []
    for name, model in models.items():
        p = model.predict_proba(te[features])[:, 1]
        rows.append(
            {
                "model": name,
                "roc_auc": roc_auc_score(te[CONFIG["target"]], p),
                "pr_auc": average_precision_score(te[CONFIG["target"]], p),
                "brier": brier_score_loss(te[CONFIG["target"]], p),
            }
        )
    return pd.DataFrame(rows).set_index("model")


@task
def persist(models: dict[str, Any], scores: pd.DataFrame, out_dir: Path) -> None:
    out_dir.mkdir(exist_ok=True, parents=True)
    joblib.dump(models["hgb"], out_dir / "hgb.joblib")
    scores.to_csv(out_dir / "scores.csv")
    for metric, value in scores.loc["hgb"].items():
        mlflow.log_metric(f"test_{metric}", float(value))
    log.info("\n%s", scores.round(4).to_string())


@flow(name="churn-takehome")
def churn_flow(data: Path, out_dir: Path) -> pd.DataFrame:
    raw = load(data)
    df = make_features(clean(raw))
    frames = split(df)
    features = _feature_list(df)
    models = train(frames, features)
    scores = evaluate(models, frames, features)
    persist(models, scores, out_dir)
    return scores


@app.command()
def run(data: Path = Path("train.csv"), out_dir: Path = Path("artifacts")) -> None:
    logging.basicConfig(level=logging.INFO)
    np.random.seed(0)
    with mlflow.start_run(run_name="hgb"):
        mlflow.log_params({**CONFIG["model"], **CONFIG["split"]})
        churn_flow(data, out_dir)


if __name__ == "__main__":
    app()
