"""LendWise loan default - evaluation on later applications from borrowers the model never saw.

Repeat borrowers appear several times, so a time cut alone would let the model memorise a borrower's
earlier applications. The validation side is therefore restricted to borrowers absent from training.
"""
import argparse
import logging
from dataclasses import dataclass, field
from typing import List

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

logger = logging.getLogger("lendwise")


@dataclass
class Cfg:
    target: str = "defaulted"
    id_col: str = "application_id"
    date_col: str = "application_date"
    group_col: str = "borrower_id"
    cutoff: str = "2023-07-01"
    leaky: List[str] = field(default_factory=lambda: ["collections_calls"])
    cats: List[str] = field(default_factory=lambda: ["home_ownership", "purpose"])
    seed: int = 5


def add_history(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    """Borrower history known at application time: earlier applications only."""
    df = df.sort_values([cfg.group_col, cfg.date_col]).copy()
    grp = df.groupby(cfg.group_col)
    df["prior_applications"] = grp.cumcount()
    df["days_since_prev_app"] = grp[cfg.date_col].diff().dt.days.fillna(-1)
    df["prev_loan_amount"] = grp["loan_amount"].shift(1).fillna(0)
    return df.sort_values(cfg.date_col)


def engineer(df: pd.DataFrame, cfg: Cfg) -> pd.DataFrame:
    df = df.copy()
    df[cfg.date_col] = pd.to_datetime(df[cfg.date_col])
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1)
    df["rate_x_term"] = df["interest_rate"] * df["term_months"]
    return add_history(df, cfg)


def split_time_and_group(df: pd.DataFrame, cfg: Cfg):
    cut = pd.Timestamp(cfg.cutoff)
    train_part = df[df[cfg.date_col] < cut]
    later = df[df[cfg.date_col] >= cut]
    seen = set(train_part[cfg.group_col])
    valid_part = later[~later[cfg.group_col].isin(seen)]
    logger.info("train %d | valid %d (dropped %d rows of already-seen borrowers)",
                len(train_part), len(valid_part), len(later) - len(valid_part))
    return train_part, valid_part


def feature_columns(df: pd.DataFrame, cfg: Cfg) -> List[str]:
    skip = set(cfg.leaky) | {cfg.target, cfg.id_col, cfg.date_col, cfg.group_col}
    return [c for c in df.columns if c not in skip]


def make_model(cfg: Cfg, feats: List[str]) -> Pipeline:
    nums = [c for c in feats if c not in cfg.cats]
    pre = ColumnTransformer([
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cfg.cats),
        ("num", "passthrough", nums),
    ])
    clf = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, l2_regularization=1.0,
                                         categorical_features=list(range(len(cfg.cats))), random_state=cfg.seed)
    return Pipeline([("pre", pre), ("clf", clf)])


def report(y, p, label):
    logger.info("%-9s ROC-AUC=%.4f  AP=%.4f", label, roc_auc_score(y, p), average_precision_score(y, p))


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s: %(message)s")
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default="train.csv")
    parser.add_argument("--test", default="test.csv")
    parser.add_argument("--cutoff", default=Cfg.cutoff)
    args = parser.parse_args()
    cfg = Cfg(cutoff=args.cutoff)

    df = engineer(pd.read_csv(args.train), cfg)
    feats = feature_columns(df, cfg)
    train_part, valid_part = split_time_and_group(df, cfg)

    X_tr, y_tr = train_part[feats], train_part[cfg.target]
    X_va, y_va = valid_part[feats], valid_part[cfg.target]
    report(y_va, DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1], "baseline")
    report(y_va, make_model(cfg, feats).fit(X_tr, y_tr).predict_proba(X_va)[:, 1], "hgb")

    test = engineer(pd.read_csv(args.test), cfg)
    final = make_model(cfg, feats).fit(df[feats], df[cfg.target])
    pd.DataFrame({cfg.id_col: test[cfg.id_col], "prediction": final.predict_proba(test[feats])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
