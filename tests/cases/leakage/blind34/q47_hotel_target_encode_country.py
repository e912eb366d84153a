"""Hotel cancellation: gradient boosting with risk encodings for high-cardinality fields.

country (~170 values), agent (~300) and company (~350) are too wide to one-hot,
so each is mapped to a smoothed cancellation rate.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field

import joblib
import mlflow
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

log = logging.getLogger("hotel")


@dataclass
class Cfg:
    path: str = "train.csv"
    target: str = "is_canceled"
    id_col: str = "booking_id"
    post_stay: list = field(default_factory=lambda: ["reservation_status", "reservation_status_date"])
    wide: list = field(default_factory=lambda: ["country", "agent", "company"])
    low_card: list = field(default_factory=lambda: ["hotel", "meal", "market_segment", "deposit_type",
                                                    "customer_type", "distribution_channel"])
    prior_weight: float = 50.0
    test_size: float = 0.2
    seed: int = 5


def load(cfg: Cfg) -> pd.DataFrame:
    df = pd.read_csv(cfg.path).drop(columns=cfg.post_stay)
    for col in cfg.wide:
        df[col] = df[col].astype("string").fillna("none")
    return df


def risk_encode(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    out = df.copy()
    base_rate = out[cfg.target].mean()
    for col in cfg.wide:
        grp = out.groupby(col)[cfg.target].agg(["mean", "size"])
        smooth = (grp["mean"] * grp["size"] + base_rate * cfg.prior_weight) / (grp["size"] + cfg.prior_weight)
        out[f"{col}_cancel_rate"] = out[col].map(smooth).astype(float)
    return out.drop(columns=cfg.wide)


def basic_features(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    out = df.copy()
    out["total_nights"] = out["stays_in_weekend_nights"] + out["stays_in_week_nights"]
    out["lead_time_log"] = np.log1p(out["lead_time"])
    out["children"] = out["children"].fillna(0)
    out["room_changed_flag"] = (out["booking_changes"] > 0).astype(int)
    return pd.get_dummies(out, columns=cfg.low_card, dtype=int)


def split(df: pd.DataFrame, cfg: Cfg) -> tuple[pd.DataFrame, pd.DataFrame]:
    return train_test_split(df, test_size=cfg.test_size, random_state=cfg.seed, stratify=df[cfg.target])


def train_eval(train: pd.DataFrame, test: pd.DataFrame, cfg: Cfg) -> tuple[dict, dict]:
    cols = [c for c in train.columns
            if c not in (cfg.target, cfg.id_col) and pd.api.types.is_numeric_dtype(train[c])]
    models = {
        "hgb": HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, random_state=cfg.seed),
        "dummy_prior": DummyClassifier(strategy="prior"),
    }
    metrics = {}
    for name, model in models.items():
        model.fit(train[cols], train[cfg.target])
        p = np.clip(model.predict_proba(test[cols])[:, 1], 1e-6, 1 - 1e-6)
        metrics[f"{name}_roc_auc"] = roc_auc_score(test[cfg.target], p)
        metrics[f"{name}_pr_auc"] = average_precision_score(test[cfg.target], p)
        metrics[f"{name}_log_loss"] = log_loss(test[cfg.target], p)
    return models, {"metrics": metrics, "columns": cols}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prior-weight", type=float, default=50.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cfg = Cfg(prior_weight=args.prior_weight)

    df = basic_features(risk_encode(load(cfg), cfg), cfg)
    train, test = split(df, cfg)
    with mlflow.start_run(run_name="hgb-risk-encoding"):
        mlflow.log_params({"prior_weight": cfg.prior_weight, "test_size": cfg.test_size})
        models, info = train_eval(train, test, cfg)
        mlflow.log_metrics(info["metrics"])
        joblib.dump({"model": models["hgb"], "columns": info["columns"]}, "hotel_hgb.joblib")
    for k, v in info["metrics"].items():
        log.info("%-22s %.4f", k, v)


if __name__ == "__main__":
    main()
