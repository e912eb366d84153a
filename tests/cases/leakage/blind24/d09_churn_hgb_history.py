"""
Churn prediction -- HistGradientBoosting with expanding history features.

Written as a small module (feature + split helpers) and a run section.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

logger = logging.getLogger("churn")


# ============================== module ==================================== #
@dataclass(frozen=True)
class Config:
    train_csv: Path = Path("train.csv")
    target: str = "churned_next_month"
    time_column: str = "snapshot_month"
    group_column: str = "customer_id"
    id_column: str = "snapshot_id"
    holdout_months: int = 4
    seed: int = 2024


DROP_ALWAYS = ["retention_offer_accepted", "account_closed_date_known"]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.train_csv, parse_dates=[cfg.time_column])
    df = df.drop(columns=DROP_ALWAYS)
    return df.sort_values([cfg.group_column, cfg.time_column]).reset_index(drop=True)


def add_history_features(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    """Expanding statistics over each customer's earlier snapshots only."""
    g = df.groupby(cfg.group_column)
    df = df.assign(
        hist_tickets_mean=g["support_tickets"].transform(lambda s: s.shift(1).expanding().mean()),
        hist_spend_max=g["monthly_spend"].transform(lambda s: s.shift(1).expanding().max()),
        hist_logins_min=g["logins_last_30d"].transform(lambda s: s.shift(1).expanding().min()),
        months_observed=g.cumcount(),
    )
    df["spend_vs_hist_max"] = df["monthly_spend"] / df["hist_spend_max"]
    return df


def holdout_split(df: pd.DataFrame, cfg: Config) -> tuple[pd.DataFrame, pd.DataFrame]:
    months = sorted(df[cfg.time_column].unique())
    first_holdout = months[-cfg.holdout_months]
    fit_part = df[df[cfg.time_column] < first_holdout]
    holdout = df[df[cfg.time_column] >= first_holdout]
    holdout = holdout.merge(
        fit_part[[cfg.group_column]].drop_duplicates().assign(_seen=1),
        on=cfg.group_column, how="left",
    )
    holdout = holdout[holdout["_seen"].isna()].drop(columns="_seen")
    return fit_part, holdout


def feature_columns(df: pd.DataFrame, cfg: Config) -> list[str]:
    excluded = {cfg.target, cfg.time_column, cfg.group_column, cfg.id_column}
    return [c for c in df.columns if c not in excluded]


def evaluate_model(name: str, y: pd.Series, p: np.ndarray) -> None:
    logger.info("%-10s ROC AUC %.4f  PR AUC %.4f  Brier %.4f",
                name, roc_auc_score(y, p), average_precision_score(y, p), brier_score_loss(y, p))


# =============================== run ====================================== #
def main() -> None:
    logging.basicConfig(level=logging.INFO)
    cfg = Config()
    df = add_history_features(load_data(cfg), cfg)
    for col in ["plan_type", "contract_type", "region"]:
        df[col] = df[col].astype("category")

    fit_part, holdout = holdout_split(df, cfg)
    cols = feature_columns(df, cfg)
    logger.info("features: %s", cols)

    model = HistGradientBoostingClassifier(
        categorical_features="from_dtype", learning_rate=0.04, max_iter=500,
        early_stopping=False, random_state=cfg.seed,
    )
    model.fit(fit_part[cols], fit_part[cfg.target])

    dummy = DummyClassifier(strategy="prior").fit(fit_part[cols], fit_part[cfg.target])
    evaluate_model("dummy", holdout[cfg.target], dummy.predict_proba(holdout[cols])[:, 1])
    evaluate_model("hgb", holdout[cfg.target], model.predict_proba(holdout[cols])[:, 1])


if __name__ == "__main__":
    main()
