"""Hotel booking cancellation — training and evaluation entry point.

Structured config (OmegaConf.structured) so any field can be overridden from
the command line, e.g. `python q41_hotel_fit_all_reload.py model.max_iter=600`.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
from omegaconf import OmegaConf
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("hotel")


@dataclass
class DataCfg:
    path: str = "train.csv"
    target: str = "is_canceled"
    booking_id: str = "booking_id"
    outcome_cols: list = field(default_factory=lambda: ["reservation_status", "reservation_status_date"])
    categorical: list = field(default_factory=lambda: ["hotel", "meal", "market_segment", "distribution_channel",
                                                       "deposit_type", "customer_type", "reserved_room_type"])


@dataclass
class ModelCfg:
    max_iter: int = 400
    learning_rate: float = 0.06
    max_leaf_nodes: int = 63
    l2_regularization: float = 0.3


@dataclass
class RunCfg:
    data: DataCfg = field(default_factory=DataCfg)
    model: ModelCfg = field(default_factory=ModelCfg)
    test_size: float = 0.2
    seed: int = 12
    fit_on: str = "all_labelled"
    model_path: str = "artifacts/hotel_hgb.joblib"


def load(cfg: RunCfg) -> pd.DataFrame:
    df = pd.read_csv(cfg.data.path)
    return df.drop(columns=list(cfg.data.outcome_cols))


def engineer(df: pd.DataFrame, cfg: RunCfg) -> pd.DataFrame:
    out = df.copy()
    out["total_nights"] = out["stays_in_weekend_nights"] + out["stays_in_week_nights"]
    out["total_guests"] = out[["adults", "children", "babies"]].fillna(0).sum(axis=1)
    out["adr_per_guest"] = out["adr"] / out["total_guests"].clip(lower=1)
    out["log_lead_time"] = np.log1p(out["lead_time"])
    out["has_special_requests"] = (out["total_of_special_requests"] > 0).astype(int)
    return pd.get_dummies(out, columns=list(cfg.data.categorical), dtype=int)


def split(df: pd.DataFrame, cfg: RunCfg) -> dict[str, pd.DataFrame]:
    train, test = train_test_split(df, test_size=cfg.test_size, random_state=cfg.seed,
                                   stratify=df[cfg.data.target])
    return {"train": train, "test": test}


def columns(df: pd.DataFrame, cfg: RunCfg) -> list[str]:
    skip = {cfg.data.target, cfg.data.booking_id, "country", "arrival_date"}
    return [c for c in df.columns if c not in skip]


def fit_frame(frames: dict[str, pd.DataFrame], cfg: RunCfg) -> pd.DataFrame:
    if cfg.fit_on == "all_labelled":
        return pd.concat([frames["train"], frames["test"]])
    return frames[cfg.fit_on]


def train(frame: pd.DataFrame, cols: list[str], cfg: RunCfg) -> Path:
    X, y = frame[cols], frame[cfg.data.target]
    model = HistGradientBoostingClassifier(**OmegaConf.to_container(cfg.model), random_state=cfg.seed).fit(X, y)
    majority = DummyClassifier(strategy="most_frequent").fit(X, y)
    path = Path(cfg.model_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump({"model": model, "baseline": majority, "columns": cols}, path)
    return path


def evaluate(path: Path, frames: dict[str, pd.DataFrame], cfg: RunCfg) -> dict[str, float]:
    bundle = joblib.load(path)
    test, cols = frames["test"], bundle["columns"]
    y = test[cfg.data.target]
    metrics = {}
    for name in ("model", "baseline"):
        est = bundle[name]
        pred = est.predict(test[cols])
        metrics[f"{name}_accuracy"] = accuracy_score(y, pred)
        metrics[f"{name}_f1"] = f1_score(y, pred, zero_division=0)
        metrics[f"{name}_roc_auc"] = roc_auc_score(y, est.predict_proba(test[cols])[:, 1])
    return metrics


def main(argv: list[str]) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg: RunCfg = OmegaConf.merge(OmegaConf.structured(RunCfg), OmegaConf.from_dotlist(argv))
    df = engineer(load(cfg), cfg)
    frames = split(df, cfg)
    cols = columns(df, cfg)
    with mlflow.start_run(run_name="hgb-cancellation"):
        mlflow.log_params(OmegaConf.to_container(cfg.model))
        mlflow.log_param("fit_on", cfg.fit_on)
        path = train(fit_frame(frames, cfg), cols, cfg)
        metrics = evaluate(path, frames, cfg)
        mlflow.log_metrics(metrics)
        mlflow.log_artifact(str(path))
    for k, v in metrics.items():
        log.info("%-18s %.4f", k, v)


if __name__ == "__main__":
    main(sys.argv[1:])
