"""Churn take-home: out-of-time XGBoost model with a YAML config.

Usage:
    python q07_churn_accuracy_report.py --config-override model.max_depth=5
"""
from __future__ import annotations

import argparse
import logging
from pathlib import Path

import joblib
import mlflow
import pandas as pd
from omegaconf import DictConfig, OmegaConf
from sklearn.metrics import accuracy_score
from xgboost import XGBClassifier

LOGGER = logging.getLogger("churn")

DEFAULT_CONFIG = """
data:
  train_path: train.csv
  test_path: test.csv
  target: churned_30d
  time_col: snapshot_date
  customer_col: customer_id
  id_col: snapshot_id
  drop: [cancel_reason_code, winback_offer_sent]
split:
  cutoff: "2023-08-01"
features:
  numeric: [monthly_spend, sessions, support_tickets, failed_payments, discount_pct, seats]
  categorical: [plan_tier, region, billing_cycle]
model:
  n_estimators: 350
  max_depth: 4
  learning_rate: 0.05
  subsample: 0.9
  colsample_bytree: 0.8
output:
  dir: artifacts
"""


def load_config(overrides: list[str]) -> DictConfig:
    base = OmegaConf.create(DEFAULT_CONFIG)
    return OmegaConf.merge(base, OmegaConf.from_dotlist(overrides))


def load_data(cfg: DictConfig) -> pd.DataFrame:
    df = pd.read_csv(cfg.data.train_path, parse_dates=[cfg.data.time_col])
    missing = set(cfg.features.numeric) - set(df.columns)
    if missing:
        raise ValueError(f"missing columns: {missing}")
    return df


def clean(df: pd.DataFrame, cfg: DictConfig) -> pd.DataFrame:
    df = df.drop(columns=list(cfg.data.drop), errors="ignore")
    df = df.dropna(subset=[cfg.data.target])
    df[list(cfg.features.numeric)] = df[list(cfg.features.numeric)].fillna(0)
    return df.sort_values([cfg.data.customer_col, cfg.data.time_col]).reset_index(drop=True)


def add_features(df: pd.DataFrame, cfg: DictConfig) -> pd.DataFrame:
    g = df.groupby(cfg.data.customer_col)
    df["spend_prev"] = g["monthly_spend"].shift(1)
    df["sessions_prev"] = g["sessions"].shift(1)
    df["sessions_trend"] = df["sessions"] - df["sessions_prev"]
    df["months_active"] = g.cumcount() + 1
    return pd.get_dummies(df, columns=list(cfg.features.categorical), dtype=float)


def split(df: pd.DataFrame, cfg: DictConfig) -> dict[str, pd.DataFrame]:
    cutoff = pd.Timestamp(cfg.split.cutoff)
    before = df[df[cfg.data.time_col] < cutoff]
    after = df[df[cfg.data.time_col] >= cutoff]
    after = after[~after[cfg.data.customer_col].isin(set(before[cfg.data.customer_col]))]
    return {"train": before, "test": after}


def model_columns(df: pd.DataFrame, cfg: DictConfig) -> list[str]:
    meta = {cfg.data.target, cfg.data.time_col, cfg.data.customer_col, cfg.data.id_col}
    return [c for c in df.columns if c not in meta]


def fit(frames: dict[str, pd.DataFrame], cols: list[str], cfg: DictConfig) -> XGBClassifier:
    params = OmegaConf.to_container(cfg.model, resolve=True)
    model = XGBClassifier(**params)
    train = frames["train"]
    model.fit(train[cols], train[cfg.data.target])
    return model


def evaluate(model: XGBClassifier, frames: dict[str, pd.DataFrame], cols: list[str], cfg: DictConfig) -> dict:
    out = {}
    for name in ("train", "test"):
        frame = frames[name]
        out[f"{name}_accuracy"] = accuracy_score(frame[cfg.data.target], model.predict(frame[cols]))
    return out


def save(model: XGBClassifier, cols: list[str], metrics: dict, cfg: DictConfig) -> Path:
    out_dir = Path(cfg.output.dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "xgb_churn.joblib"
    joblib.dump({"model": model, "columns": cols}, path)
    mlflow.log_metrics(metrics)
    mlflow.log_artifact(str(path))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config-override", nargs="*", default=[])
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s")

    cfg = load_config(args.config_override)
    mlflow.set_experiment("churn-xgb")
    with mlflow.start_run():
        mlflow.log_params(OmegaConf.to_container(cfg.model, resolve=True))
        df = add_features(clean(load_data(cfg), cfg), cfg)
        frames = split(df, cfg)
        cols = model_columns(df, cfg)
        model = fit(frames, cols, cfg)
        metrics = evaluate(model, frames, cols, cfg)
        path = save(model, cols, metrics, cfg)
        for key, value in metrics.items():
            LOGGER.info("%s = %.4f", key, value)
        LOGGER.info("model saved to %s", path)


if __name__ == "__main__":
    main()
