"""Claim cost - config-driven pipeline (HistGradientBoosting, poisson loss).

Everything tunable sits in CONFIG so the reviewer can rerun variants from the CLI:
    python u09_claims_config_hgb.py --top-k 20 --cutoff 2021
"""
from __future__ import annotations

import argparse
import json
import logging
from dataclasses import dataclass, field, asdict

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance, mean_squared_error

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("claims")


@dataclass
class Config:
    train_path: str = "train.csv"
    test_path: str = "test.csv"
    target: str = "claim_cost"
    id_col: str = "row_id"
    group_col: str = "policy_id"
    time_col: str = "policy_year"
    never_features: list = field(default_factory=lambda: ["row_id", "policy_id", "policy_year",
                                                          "claim_cost", "claim_settled_amount"])
    categoricals: list = field(default_factory=lambda: ["region", "vehicle_group", "coverage_type"])
    cutoff: int = 2021
    holdout_share: float = 0.2
    top_k: int = 15
    seed: int = 2024
    model: dict = field(default_factory=lambda: {
        "loss": "poisson", "learning_rate": 0.05, "max_iter": 400,
        "max_leaf_nodes": 31, "min_samples_leaf": 80, "l2_regularization": 1.0,
    })


# ----------------------------------------------------------------------------- steps
def engineer(df: pd.DataFrame, cfg: Config) -> pd.DataFrame:
    df = df.copy()
    df["premium_per_mile"] = df["premium"] / df["annual_mileage"].replace(0, np.nan)
    df["vehicle_age_sq"] = df["vehicle_age"] ** 2
    df["driver_age_lt25"] = (df["driver_age"] < 25).astype(int)
    df["claims_x_mileage"] = df["prior_claim_count"] * np.log1p(df["annual_mileage"])
    df = pd.get_dummies(df, columns=cfg.categoricals, dtype=float)
    return df


def clean_frame(df: pd.DataFrame, cfg: Config, imputer: SimpleImputer | None = None):
    """Median-impute every numeric feature column. Returns the frame and the imputer."""
    cols = [c for c in df.columns if c not in cfg.never_features]
    if imputer is None:
        imputer = SimpleImputer(strategy="median")
        imputer.fit(df[cols])
    df = df.copy()
    df[cols] = imputer.transform(df[cols])
    return df, imputer


def select_by_target_corr(df: pd.DataFrame, cfg: Config) -> list[str]:
    cols = [c for c in df.columns if c not in cfg.never_features]
    corr = df[cols].corrwith(df[cfg.target], method="spearman").abs().sort_values(ascending=False)
    log.info("top correlations:\n%s", corr.head(cfg.top_k).round(3).to_string())
    return corr.head(cfg.top_k).index.tolist()


def split(df: pd.DataFrame, cfg: Config):
    rng = np.random.RandomState(cfg.seed)
    ids = df[cfg.group_col].unique()
    hold = rng.choice(ids, int(len(ids) * cfg.holdout_share), replace=False)
    in_hold = df[cfg.group_col].isin(hold)
    trn = df[~in_hold & (df[cfg.time_col] < cfg.cutoff)]
    val = df[in_hold & (df[cfg.time_col] >= cfg.cutoff)]
    return trn, val


def evaluate(name, y, p):
    p = np.clip(p, 1e-6, None)
    res = {
        "model": name,
        "mae": mean_absolute_error(y, p),
        "rmse": mean_squared_error(y, p) ** 0.5,
        "poisson_dev": mean_poisson_deviance(y, p),
    }
    log.info(json.dumps({k: (round(v, 3) if isinstance(v, float) else v) for k, v in res.items()}))
    return res


# ----------------------------------------------------------------------------- main
def run(cfg: Config):
    log.info("config: %s", json.dumps(asdict(cfg)))
    df = pd.read_csv(cfg.train_path)
    test = pd.read_csv(cfg.test_path)

    df = engineer(df, cfg)
    test = engineer(test, cfg).reindex(columns=df.columns, fill_value=0)

    df, imputer = clean_frame(df, cfg)
    features = select_by_target_corr(df, cfg)

    trn, val = split(df, cfg)
    log.info("train %d rows / valid %d rows", len(trn), len(val))

    results = []
    dummy = DummyRegressor(strategy="mean").fit(trn[features], trn[cfg.target])
    results.append(evaluate("baseline_mean", val[cfg.target], dummy.predict(val[features])))

    hgb = HistGradientBoostingRegressor(random_state=cfg.seed, **cfg.model)
    hgb.fit(trn[features], trn[cfg.target])
    results.append(evaluate("hgb_poisson", val[cfg.target], hgb.predict(val[features])))
    print(pd.DataFrame(results).round(3).to_string(index=False))

    # refit on the whole training file and write the submission
    final = HistGradientBoostingRegressor(random_state=cfg.seed, **cfg.model)
    final.fit(df[features], df[cfg.target])
    test_clean, _ = clean_frame(test, cfg, imputer=imputer)
    sub = pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict(test_clean[features])})
    sub.to_csv("predictions.csv", index=False)
    log.info("wrote predictions.csv (%d rows)", len(sub))


def parse_args() -> Config:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top-k", type=int, default=Config.top_k)
    ap.add_argument("--cutoff", type=int, default=Config.cutoff)
    ap.add_argument("--seed", type=int, default=Config.seed)
    a = ap.parse_args()
    return Config(top_k=a.top_k, cutoff=a.cutoff, seed=a.seed)


if __name__ == "__main__":
    run(parse_args())
