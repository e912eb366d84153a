"""
churn_model.py - LightGBM churn model with early stopping.

Usage (from the bundle directory):  python churn_model.py

Split
    customers are partitioned into fit / early-stopping / holdout sets;
    fit customers contribute their Jan-Jun snapshots, the other two sets
    their Jul-Sep snapshots. The holdout is scored once, at the end.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("churn")


@dataclass
class Config:
    cutoff: str = "2024-07-01"
    shares: tuple = (0.6, 0.2, 0.2)
    seed: int = 17
    params: dict = field(default_factory=lambda: dict(
        objective="binary",
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=30,
        feature_fraction=0.8,
        bagging_fraction=0.8,
        bagging_freq=1,
        lambda_l2=2.0,
        verbose=-1,
    ))
    max_rounds: int = 3000
    patience: int = 100


class ChurnModel:
    def __init__(self, task: dict, cfg: Config):
        self.task = task
        self.cfg = cfg
        self.booster = None
        self.best_iteration = None
        self.columns = None

    # ------------------------------------------------------------------ data
    def features(self, df: pd.DataFrame) -> pd.DataFrame:
        g_col, t_col = self.task["group_column"], self.task["time_column"]
        df = df.sort_values([g_col, t_col]).copy()
        g = df.groupby(g_col)
        df["logins_lag1"] = g["logins_30d"].shift(1)
        df["logins_lag2"] = g["logins_30d"].shift(2)
        df["logins_slope"] = (df["logins_30d"] - df["logins_lag2"]) / 2
        df["tickets_cum"] = g["support_tickets_30d"].cumsum()
        df["discount_x_tenure"] = df["has_discount"] * df["tenure_months"]
        return df

    def matrix(self, df: pd.DataFrame) -> pd.DataFrame:
        skip = {self.task["target"], self.task["id_column"], self.task["group_column"],
                self.task["time_column"], *self.task.get("leaky_columns", [])}
        X = pd.get_dummies(df[[c for c in df.columns if c not in skip]],
                           columns=["plan", "region"], dtype=float)
        if self.columns is not None:
            X = X.reindex(columns=self.columns, fill_value=0.0)
        return X

    def split(self, df: pd.DataFrame):
        g_col, t_col = self.task["group_column"], self.task["time_column"]
        ids = np.sort(df[g_col].unique())
        np.random.default_rng(self.cfg.seed).shuffle(ids)
        a = int(self.cfg.shares[0] * len(ids))
        b = a + int(self.cfg.shares[1] * len(ids))
        cut = pd.Timestamp(self.cfg.cutoff)
        early, late = df[t_col] < cut, df[t_col] >= cut
        return (df[df[g_col].isin(ids[:a]) & early],
                df[df[g_col].isin(ids[a:b]) & late],
                df[df[g_col].isin(ids[b:]) & late])

    # ----------------------------------------------------------------- model
    def fit(self, X, y, X_stop, y_stop):
        self.columns = list(X.columns)
        dtrain = lgb.Dataset(X, y)
        dstop = lgb.Dataset(X_stop, y_stop, reference=dtrain)
        self.booster = lgb.train(
            self.cfg.params,
            dtrain,
            num_boost_round=self.cfg.max_rounds,
            valid_sets=[dstop],
            valid_names=["stop"],
            callbacks=[lgb.early_stopping(self.cfg.patience), lgb.log_evaluation(200)],
        )
        self.best_iteration = self.booster.best_iteration
        return self

    def refit_all(self, X, y, rounds):
        self.columns = list(X.columns)
        self.booster = lgb.train(self.cfg.params, lgb.Dataset(X, y), num_boost_round=rounds)
        self.best_iteration = rounds
        return self

    def predict(self, X):
        return self.booster.predict(X, num_iteration=self.best_iteration)


def evaluate(y, p, prior):
    base = np.full(len(y), prior)
    return {
        "roc_auc": roc_auc_score(y, p),
        "average_precision": average_precision_score(y, p),
        "log_loss": log_loss(y, p),
        "baseline_log_loss": log_loss(y, base),
        "baseline_average_precision": average_precision_score(y, base),
    }


def main():
    task = json.load(open("task.json"))
    t_col, target, id_col = task["time_column"], task["target"], task["id_column"]
    cfg = Config()
    cm = ChurnModel(task, cfg)

    train = cm.features(pd.read_csv("train.csv", parse_dates=[t_col]))
    test = cm.features(pd.read_csv("test.csv", parse_dates=[t_col]))

    fit_df, stop_df, hold_df = cm.split(train)
    log.info("fit %d rows | early-stopping %d rows | holdout %d rows", len(fit_df), len(stop_df), len(hold_df))

    X_fit = cm.matrix(fit_df)
    cm.columns = list(X_fit.columns)
    X_stop = cm.matrix(stop_df)
    cm.fit(X_fit, fit_df[target], X_stop, stop_df[target])
    log.info("best iteration: %s", cm.best_iteration)

    p_hold = cm.predict(cm.matrix(hold_df))
    scores = evaluate(hold_df[target], p_hold, prior=fit_df[target].mean())
    for k, v in scores.items():
        log.info("%-28s %.4f", k, v)

    # final: all labelled rows, number of rounds found above (+10% for more data)
    rounds = int(cm.best_iteration * 1.1)
    cm.columns = None
    X_all = cm.matrix(train)
    cm.refit_all(X_all, train[target], rounds)
    pred = cm.predict(cm.matrix(test))
    pd.DataFrame({id_col: test[id_col], "prediction": pred}).to_csv("predictions.csv", index=False)
    log.info("predictions.csv written (%d rows)", len(pred))


if __name__ == "__main__":
    main()
