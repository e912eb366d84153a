"""Credit risk take-home (LendWise): probability that a loan application defaults.

Usage: python j09_loan_default_stratified_holdout.py --train train.csv --test test.csv
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("lendwise")


@dataclass
class Cfg:
    target: str = "defaulted"
    id_col: str = "application_id"
    date_col: str = "application_date"
    drop: List[str] = field(default_factory=lambda: ["borrower_id", "collections_calls"])
    cats: List[str] = field(default_factory=lambda: ["home_ownership", "purpose"])
    test_size: float = 0.2
    seed: int = 17


def engineer(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    out = df.copy()
    out[cfg.date_col] = pd.to_datetime(out[cfg.date_col])
    out["loan_to_income"] = out["loan_amount"] / out["annual_income"].clip(lower=1)
    out["monthly_payment"] = out["loan_amount"] * (out["interest_rate"] / 1200) / (
        1 - (1 + out["interest_rate"] / 1200) ** (-out["term_months"]))
    out["payment_to_income"] = 12 * out["monthly_payment"] / out["annual_income"].clip(lower=1)
    out["app_month"] = out[cfg.date_col].dt.month
    return out


def feature_lists(df: pd.DataFrame, cfg: Cfg):
    excluded = set(cfg.drop) | {cfg.target, cfg.id_col, cfg.date_col}
    feats = [c for c in df.columns if c not in excluded]
    nums = [c for c in feats if c not in cfg.cats]
    return feats, nums


class RiskModel:
    def __init__(self, nums, cats, seed):
        pre = ColumnTransformer([
            ("num", StandardScaler(), nums),
            ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
        ])
        self.pipe = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, C=0.5,
                                                                       class_weight="balanced"))])

    def fit(self, X, y):
        self.pipe.fit(X, y)
        return self

    def predict_proba(self, X):
        return self.pipe.predict_proba(X)[:, 1]


def evaluate(y_true, scores, name):
    auc = roc_auc_score(y_true, scores)
    ap = average_precision_score(y_true, scores)
    log.info("%-10s ROC-AUC %.4f  PR-AUC %.4f", name, auc, ap)
    return auc, ap


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    args = ap.parse_args()
    cfg = Cfg()

    df = engineer(pd.read_csv(args.train), cfg)
    test = engineer(pd.read_csv(args.test), cfg)
    feats, nums = feature_lists(df, cfg)
    log.info("default rate %.3f over %d applications", df[cfg.target].mean(), len(df))

    X_tr, X_va, y_tr, y_va = train_test_split(df[feats], df[cfg.target], test_size=cfg.test_size,
                                              stratify=df[cfg.target], random_state=cfg.seed)

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    evaluate(y_va, dummy.predict_proba(X_va)[:, 1], "prior")
    model = RiskModel(nums, cfg.cats, cfg.seed).fit(X_tr, y_tr)
    evaluate(y_va, model.predict_proba(X_va), "logreg")

    final = RiskModel(nums, cfg.cats, cfg.seed).fit(df[feats], df[cfg.target])
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(test[feats])}).to_csv(
        "predictions.csv", index=False)
    log.info("mean predicted PD on test: %.4f", np.mean(final.predict_proba(test[feats])))


if __name__ == "__main__":
    main()
