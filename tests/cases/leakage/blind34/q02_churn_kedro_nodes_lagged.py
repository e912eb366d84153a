"""Subscription churn take-home: Kedro-style pipeline in a single file.

Each node is a pure function; `create_pipeline()` lists them in order and
`main()` runs them so the reviewer does not need a Kedro project scaffold.
"""
from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import mlflow
import pandas as pd
import pandera as pa
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

logger = logging.getLogger("churn.pipeline")


@dataclass
class Params:
    target: str = "churned_30d"
    time_col: str = "snapshot_date"
    customer_col: str = "customer_id"
    id_col: str = "snapshot_id"
    post_outcome_cols: list[str] = field(
        default_factory=lambda: ["cancel_reason_code", "winback_offer_sent"]
    )
    cutoff: str = "2023-07-01"
    usage_cols: list[str] = field(
        default_factory=lambda: ["monthly_spend", "sessions", "support_tickets", "failed_payments"]
    )
    categorical_cols: list[str] = field(default_factory=lambda: ["plan_tier", "region"])
    model_params: dict = field(
        default_factory=lambda: {
            "n_estimators": 400,
            "learning_rate": 0.03,
            "num_leaves": 31,
            "subsample": 0.8,
            "colsample_bytree": 0.8,
            "random_state": 7,
        }
    )


RAW_SCHEMA = pa.DataFrameSchema(
    {
        "snapshot_id": pa.Column(int, unique=True),
        "customer_id": pa.Column(str),
        "snapshot_date": pa.Column("datetime64[ns]"),
        "monthly_spend": pa.Column(float, pa.Check.ge(0), nullable=True),
        "sessions": pa.Column(float, nullable=True),
        "churned_30d": pa.Column(int, pa.Check.isin([0, 1])),
    },
    strict=False,
)


def load_raw(path: Path, params: Params) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=[params.time_col])
    return RAW_SCHEMA.validate(df)


def clean(df: pd.DataFrame, params: Params) -> pd.DataFrame:
    df = df.drop(columns=params.post_outcome_cols, errors="ignore")
    df = df.sort_values([params.customer_col, params.time_col]).reset_index(drop=True)
    for col in params.usage_cols:
        df[col] = df[col].fillna(0.0).clip(lower=0)
    return df


def build_features(df: pd.DataFrame, params: Params) -> pd.DataFrame:
    """Customer history (strictly earlier snapshots) + calendar features."""
    out = df.copy()
    by_customer = out.groupby(params.customer_col)
    for col in params.usage_cols:
        history = by_customer[col].shift(1)
        out[f"{col}_hist_mean"] = history.groupby(out[params.customer_col]).transform(
            lambda s: s.expanding().mean()
        )
        out[f"{col}_hist_max"] = history.groupby(out[params.customer_col]).cummax()
        out[f"{col}_lag1"] = history
    out["tenure_months"] = by_customer.cumcount()
    out["snapshot_month"] = out[params.time_col].dt.month
    out = pd.get_dummies(out, columns=params.categorical_cols, dtype=float)
    return out


def split_by_time(df: pd.DataFrame, params: Params) -> tuple[pd.DataFrame, pd.DataFrame]:
    cutoff = pd.Timestamp(params.cutoff)
    train = df[df[params.time_col] < cutoff]
    test = df[df[params.time_col] >= cutoff]
    seen_customers = set(train[params.customer_col])
    test = test[~test[params.customer_col].isin(seen_customers)]
    logger.info("train=%d rows, test=%d rows (new customers only)", len(train), len(test))
    return train, test


def feature_columns(df: pd.DataFrame, params: Params) -> list[str]:
    excluded = {params.target, params.time_col, params.customer_col, params.id_col}
    return [c for c in df.columns if c not in excluded]


def train_models(train: pd.DataFrame, features: list[str], params: Params) -> dict:
    X, y = train[features], train[params.target]
    model = LGBMClassifier(**params.model_params).fit(X, y)
    prior = DummyClassifier(strategy="prior").fit(X, y)
    return {"lgbm": model, "dummy_prior": prior}


def evaluate(models: dict, test: pd.DataFrame, features: list[str], params: Params) -> dict:
    X, y = test[features], test[params.target]
    metrics = {}
    for name, model in models.items():
        proba = model.predict_proba(X)[:, 1]
        metrics[f"{name}_roc_auc"] = roc_auc_score(y, proba)
        metrics[f"{name}_avg_precision"] = average_precision_score(y, proba)
    return metrics


def report(metrics: dict, models: dict, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for key, value in sorted(metrics.items()):
        logger.info("%-28s %.4f", key, value)
        mlflow.log_metric(key, value)
    joblib.dump(models["lgbm"], out_dir / "churn_lgbm.joblib")


def create_pipeline():
    return [load_raw, clean, build_features, split_by_time, train_models, evaluate, report]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("train.csv"))
    parser.add_argument("--out", type=Path, default=Path("artifacts"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

    params = Params()
    mlflow.set_experiment("churn-takehome")
    with mlflow.start_run(run_name="lgbm-customer-history"):
        mlflow.log_params({"cutoff": params.cutoff, **params.model_params})
        raw = load_raw(args.data, params)
        cleaned = clean(raw, params)
        featured = build_features(cleaned, params)
        train, test = split_by_time(featured, params)
        features = feature_columns(featured, params)
        models = train_models(train, features, params)
        metrics = evaluate(models, test, features, params)
        report(metrics, models, args.out)


if __name__ == "__main__":
    main()
