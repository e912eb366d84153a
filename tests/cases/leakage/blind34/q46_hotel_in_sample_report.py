"""Hotel cancellation model — fit, report, predict.

Small Prefect-free pipeline: nodes are plain functions, configuration is a
dataclass, metrics go to MLflow and to `metrics.json` for the memo.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import joblib
import mlflow
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.metrics import accuracy_score, average_precision_score, f1_score, roc_auc_score

logger = logging.getLogger("hotel")


@dataclass
class Config:
    train_path: str = "train.csv"
    test_path: str = "test.csv"
    target: str = "is_canceled"
    id_col: str = "booking_id"
    after_stay: list = field(default_factory=lambda: ["reservation_status", "reservation_status_date"])
    categorical: list = field(default_factory=lambda: ["hotel", "meal", "market_segment", "distribution_channel",
                                                       "deposit_type", "customer_type", "reserved_room_type"])
    lgbm: dict = field(default_factory=lambda: {"n_estimators": 700, "learning_rate": 0.03, "num_leaves": 63,
                                                "min_child_samples": 30, "subsample": 0.8, "subsample_freq": 1,
                                                "colsample_bytree": 0.8, "random_state": 0, "verbose": -1})


def load(path: str, cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(path)
    return df.drop(columns=[c for c in cfg.after_stay if c in df.columns])


def prepare(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    out = df.copy()
    out["children"] = out["children"].fillna(0)
    out["total_nights"] = out["stays_in_weekend_nights"] + out["stays_in_week_nights"]
    out["guests"] = out["adults"] + out["children"] + out["babies"]
    out["adr_per_guest"] = out["adr"] / out["guests"].clip(lower=1)
    out["changed_booking"] = (out["booking_changes"] > 0).astype(int)
    out["lead_time_log"] = np.log1p(out["lead_time"])
    return pd.get_dummies(out, columns=cfg.categorical, dtype=int)


def feature_list(df: pd.DataFrame, cfg: Config) -> list[str]:
    drop = {cfg.target, cfg.id_col, "country", "arrival_date", "agent", "company"}
    return [c for c in df.columns if c not in drop]


def fit(df: pd.DataFrame, cols: list[str], cfg: Config) -> LGBMClassifier:
    model = LGBMClassifier(**cfg.lgbm)
    return model.fit(df[cols], df[cfg.target])


def report(model: LGBMClassifier, df: pd.DataFrame, cols: list[str], cfg: Config) -> dict[str, float]:
    y = df[cfg.target]
    p = model.predict_proba(df[cols])[:, 1]
    pred = (p >= 0.5).astype(int)
    return {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        "f1": f1_score(y, pred),
        "accuracy": accuracy_score(y, pred),
    }


def predict(model: LGBMClassifier, cols: list[str], cfg: Config) -> pd.DataFrame:
    test = prepare(load(cfg.test_path, cfg), cfg).reindex(columns=cols + [cfg.id_col], fill_value=0)
    return pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": model.predict_proba(test[cols])[:, 1]})


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    cfg = Config()
    df = prepare(load(cfg.train_path, cfg), cfg)
    cols = feature_list(df, cfg)
    with mlflow.start_run(run_name="lgbm-hotel"):
        mlflow.log_params(cfg.lgbm)
        model = fit(df, cols, cfg)
        metrics = report(model, df, cols, cfg)
        mlflow.log_metrics(metrics)
        Path("metrics.json").write_text(json.dumps(metrics, indent=2))
        joblib.dump({"model": model, "columns": cols, "config": asdict(cfg)}, "hotel_lgbm.joblib")
        predict(model, cols, cfg).to_csv("predictions.csv", index=False)
    for k, v in metrics.items():
        logger.info("%-10s %.4f", k, v)


if __name__ == "__main__":
    main()
