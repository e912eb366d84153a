"""Churn take-home.

Several validation months instead of a single split, because one validation
window felt too noisy with a 5% positive rate.
"""
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

CONFIG = {
    "train_file": "train.csv",
    "test_file": "test.csv",
    "target": "churned_next_month",
    "id_col": "snapshot_id",
    "group_col": "customer_id",
    "num_cols": ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d"],
    "cat_cols": ["plan"],
    "n_folds": 5,
    "scoring": ["roc_auc", "average_precision"],
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("churn.cv")


def make_hgb(cfg):
    pre = make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), cfg["cat_cols"]),
        remainder="passthrough",
    )
    return make_pipeline(pre, HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                            l2_regularization=1.0))


MODEL_REGISTRY = {
    "baseline_prior": lambda cfg: DummyClassifier(strategy="prior"),
    "hgb": make_hgb,
}


@dataclass
class CVSummary:
    model: str
    roc_auc_mean: float
    roc_auc_std: float
    ap_mean: float
    ap_std: float


def load(cfg):
    tr = pd.read_csv(cfg["train_file"])
    te = pd.read_csv(cfg["test_file"])
    log.info("%d snapshots, %d customers, %d months", len(tr),
             tr[cfg["group_col"]].nunique(), tr["snapshot_month"].nunique())
    return tr, te


def build_features(df, cfg):
    X = df[cfg["num_cols"] + cfg["cat_cols"]].copy()
    X["logins_30d"] = np.log1p(X["logins_30d"].clip(lower=0))
    return X


def split(df, cfg):
    # rolling origin: for each of the last n months, fit on everything before it and
    # validate on that month, new customers only (so nobody is in train and valid at once)
    months = np.sort(df["snapshot_month"].unique())
    folds = []
    for m in months[-cfg["n_folds"]:]:
        fit_mask = (df["snapshot_month"] < m).to_numpy()
        seen = df.loc[fit_mask, cfg["group_col"]].unique()
        val_mask = ((df["snapshot_month"] == m) & ~df[cfg["group_col"]].isin(seen)).to_numpy()
        folds.append((np.where(fit_mask)[0], np.where(val_mask)[0]))
    return folds


def evaluate(name, X, y, folds, cfg):
    cv = cross_validate(MODEL_REGISTRY[name](cfg), X, y, cv=folds, scoring=cfg["scoring"])
    return CVSummary(name,
                     cv["test_roc_auc"].mean(), cv["test_roc_auc"].std(),
                     cv["test_average_precision"].mean(), cv["test_average_precision"].std())


def report(rows):
    df = pd.DataFrame([r.__dict__ for r in rows]).set_index("model")
    log.info("cross-validation:\n%s", df.round(4).to_string())


def train(name, X, y, cfg):
    return MODEL_REGISTRY[name](cfg).fit(X, y)


def main(cfg=CONFIG):
    tr, te = load(cfg)
    X, y = build_features(tr, cfg), tr[cfg["target"]]
    folds = split(tr, cfg)
    report([evaluate(name, X, y, folds, cfg) for name in MODEL_REGISTRY])

    model = train("hgb", X, y, cfg)
    pd.DataFrame({cfg["id_col"]: te[cfg["id_col"]],
                  "prediction": model.predict_proba(build_features(te, cfg))[:, 1]}
                 ).to_csv("predictions.csv", index=False)
    log.info("predictions.csv written (%d rows)", len(te))


if __name__ == "__main__":
    main()
