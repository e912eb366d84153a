"""
Churn take-home -- customer-profile features + random forest.

Structure
---------
ChurnConfig    : all knobs in one dataclass
ProfileFeaturizer : adds customer-level engagement profile to each snapshot
Trainer        : fit / evaluate, returns a results table
main()         : CLI entry point, writes predictions.csv
"""
from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

LOGGER = logging.getLogger("churn.rf")


@dataclass
class ChurnConfig:
    cutoff_month: int = 7          # validate on Jul-Sep
    n_trees: int = 400
    min_leaf: int = 20
    seed: int = 0
    target: str = "churned_next_month"


BASE_COLS: Sequence[str] = ("tenure_months", "monthly_spend", "logins_30d",
                            "support_tickets_30d", "days_since_last_login")
PROFILE_COLS: Sequence[str] = ("logins_30d", "monthly_spend", "support_tickets_30d")


class ProfileFeaturizer:
    def fit(self, df: pd.DataFrame) -> "ProfileFeaturizer":
        return self

    def transform(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values(["customer_id", "snapshot_month"]).copy()
        by_cust = df.groupby("customer_id")
        for col in PROFILE_COLS:
            df[f"cust_avg_{col}"] = by_cust[col].transform("mean")
            df[f"rel_{col}"] = df[col] / (df[f"cust_avg_{col}"] + 1e-6)
        df = pd.get_dummies(df, columns=["plan", "region"], prefix=["plan", "reg"], dtype=np.int8)
        return df

    @staticmethod
    def columns(df: pd.DataFrame) -> list[str]:
        extra = [c for c in df.columns if c.startswith(("cust_avg_", "rel_", "plan_", "reg_"))]
        return list(BASE_COLS) + extra


class Trainer:
    def __init__(self, cfg: ChurnConfig) -> None:
        self.cfg = cfg
        self.rf = RandomForestClassifier(n_estimators=cfg.n_trees, min_samples_leaf=cfg.min_leaf,
                                         n_jobs=-1, random_state=cfg.seed, class_weight="balanced_subsample")
        self.dummy = DummyClassifier(strategy="prior")

    def fit(self, X: pd.DataFrame, y: pd.Series) -> "Trainer":
        self.rf.fit(X, y)
        self.dummy.fit(X, y)
        return self

    def evaluate(self, X: pd.DataFrame, y: pd.Series) -> pd.DataFrame:
        table = []
        for name, est in (("DummyClassifier(prior)", self.dummy), ("RandomForest", self.rf)):
            proba = est.predict_proba(X)[:, 1]
            table.append((name, roc_auc_score(y, proba), average_precision_score(y, proba)))
        return pd.DataFrame(table, columns=["model", "ROC AUC", "PR AUC"]).set_index("model")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="churn-rf")
    p.add_argument("--cutoff-month", type=int, default=7)
    p.add_argument("--trees", type=int, default=400)
    p.add_argument("-v", "--verbose", action="store_true")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if a.verbose else logging.INFO)
    cfg = ChurnConfig(cutoff_month=a.cutoff_month, n_trees=a.trees)

    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    fz = ProfileFeaturizer().fit(train)
    feats = fz.transform(train)
    month = pd.to_datetime(feats["snapshot_month"]).dt.month

    fit_rows = feats[month < cfg.cutoff_month]
    eval_rows = feats[(month >= cfg.cutoff_month) & ~feats["customer_id"].isin(fit_rows["customer_id"])]
    cols = fz.columns(feats)
    LOGGER.info("%d fit rows / %d eval rows / %d features", len(fit_rows), len(eval_rows), len(cols))

    trainer = Trainer(cfg).fit(fit_rows[cols], fit_rows[cfg.target])
    print(trainer.evaluate(eval_rows[cols], eval_rows[cfg.target]).round(4).to_markdown())

    test_feats = fz.transform(test).reindex(columns=feats.columns, fill_value=0)
    final = Trainer(cfg).fit(feats[cols], feats[cfg.target])
    out = pd.DataFrame({"snapshot_id": test_feats["snapshot_id"],
                        "prediction": final.rf.predict_proba(test_feats[cols])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
