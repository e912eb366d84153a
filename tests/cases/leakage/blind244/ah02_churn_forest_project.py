"""Churn take-home: predict churned_next_month from monthly snapshots.

I normally keep this as src/{data,features,models,evaluate}.py, flattened here
into one file because the submission form only takes a single script.
"""
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CONFIG = {
    "train_path": "train.csv",
    "test_path": "test.csv",
    "target": "churned_next_month",
    "id_col": "snapshot_id",
    "drop_cols": ["snapshot_id", "customer_id", "snapshot_month",
                  "retention_offer_accepted", "account_closed_date_known"],
    "cat_cols": ["plan"],
    "holdout_months": 3,
    "seed": 42,
    "model": "rf",
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("churn")

MODELS = {
    "baseline": lambda: DummyClassifier(strategy="prior"),
    "rf": lambda: RandomForestClassifier(
        n_estimators=300, min_samples_leaf=20, class_weight="balanced_subsample",
        n_jobs=-1, random_state=CONFIG["seed"]),
}


@dataclass
class EvalResult:
    name: str
    roc_auc: float
    pr_auc: float
    n_val: int
    extra: dict = field(default_factory=dict)


def load(cfg):
    train = pd.read_csv(cfg["train_path"], parse_dates=["snapshot_month"])
    test = pd.read_csv(cfg["test_path"], parse_dates=["snapshot_month"])
    log.info("train %s | test %s", train.shape, test.shape)
    log.info("months in train: %s -> %s", train.snapshot_month.min(), train.snapshot_month.max())
    log.info("churn rate: %.3f", train[cfg["target"]].mean())
    return train, test


def build_features(df, cfg):
    X = df.drop(columns=[c for c in cfg["drop_cols"] + [cfg["target"]] if c in df.columns])
    X = pd.get_dummies(X, columns=cfg["cat_cols"], dtype=float)
    X["tickets_per_login"] = X["support_tickets_30d"] / (X["logins_30d"] + 1)
    X["charges_x_tenure"] = X["monthly_charges"] * np.log1p(X["tenure_months"])
    return X.fillna(0)


def split(df, cfg):
    # test.csv is later months, so mimic that: last N months are the holdout
    months = np.sort(df["snapshot_month"].unique())
    cutoff = months[-cfg["holdout_months"]]
    tr = df[df["snapshot_month"] < cutoff]
    test_like = df[df["snapshot_month"] >= cutoff]
    # and only customers the model never saw, otherwise it just recognises people
    test_like = test_like[~test_like["customer_id"].isin(tr["customer_id"])]
    log.info("split at %s: %d train rows, %d holdout rows (%d customers)",
             cutoff, len(tr), len(test_like), test_like.customer_id.nunique())
    return tr, test_like


def train(name, X, y):
    model = MODELS[name]()
    model.fit(X, y)
    return model


def evaluate(name, model, X, y):
    p = model.predict_proba(X)[:, 1]
    return EvalResult(name, roc_auc_score(y, p), average_precision_score(y, p), len(y))


def report(results):
    for r in results:
        log.info("%-10s roc_auc=%.4f pr_auc=%.4f (n=%d)", r.name, r.roc_auc, r.pr_auc, r.n_val)


def main(cfg=CONFIG):
    train_df, test_df = load(cfg)
    tr, ho = split(train_df, cfg)
    X_tr, y_tr = build_features(tr, cfg), tr[cfg["target"]]
    X_ho = build_features(ho, cfg).reindex(columns=X_tr.columns, fill_value=0)
    y_ho = ho[cfg["target"]]

    results = []
    for name in ["baseline", cfg["model"]]:
        m = train(name, X_tr, y_tr)
        results.append(evaluate(name, m, X_ho, y_ho))
    report(results)

    # refit on everything for the submission
    X = build_features(train_df, cfg)
    final = train(cfg["model"], X, train_df[cfg["target"]])
    X_test = build_features(test_df, cfg).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({
        cfg["id_col"]: test_df[cfg["id_col"]],
        "prediction": final.predict_proba(X_test)[:, 1],
    }).to_csv("predictions.csv", index=False)
    log.info("wrote predictions.csv")


if __name__ == "__main__":
    main()
