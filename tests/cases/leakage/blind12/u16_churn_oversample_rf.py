"""Churn: random forest on a rebalanced panel.

At ~5% positives the forest mostly learns "nobody churns"; upweighting the
churn snapshots by replication worked better than class_weight in a quick test.
"""
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("churn.rf")

TARGET = "churned_next_month"


@dataclass(frozen=True)
class Params:
    cutoff: str = "2024-10-01"
    replicate: int = 6          # each churn snapshot appears this many times
    n_estimators: int = 600
    min_samples_leaf: int = 3
    seed: int = 11


def encode(df: pd.DataFrame) -> pd.DataFrame:
    X = df[["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]].copy()
    X["plan"] = df["plan"].map({"basic": 0, "standard": 1, "premium": 2})
    X = X.join(pd.get_dummies(df["region"], prefix="region", dtype=int))
    return X.fillna(-1)


def rebalance(df: pd.DataFrame, k: int, seed: int) -> pd.DataFrame:
    pos = df[df[TARGET] == 1]
    out = pd.concat([df] + [pos] * (k - 1), ignore_index=True)
    return out.sample(frac=1.0, random_state=seed).reset_index(drop=True)


def run(p: Params):
    df = pd.read_csv("train.csv")
    log.info("raw rows %d, churn rate %.4f", len(df), df[TARGET].mean())

    df = rebalance(df, p.replicate, p.seed)
    log.info("after rebalance rows %d, churn rate %.4f", len(df), df[TARGET].mean())

    fit = df[df.snapshot_month < p.cutoff]
    val = df[(df.snapshot_month >= p.cutoff) & ~df.customer_id.isin(fit.customer_id)]

    X_fit, X_val = encode(fit), encode(val).reindex(columns=encode(fit).columns, fill_value=0)
    rf = RandomForestClassifier(n_estimators=p.n_estimators, min_samples_leaf=p.min_samples_leaf,
                                n_jobs=-1, random_state=p.seed).fit(X_fit, fit[TARGET])
    base = DummyClassifier(strategy="prior").fit(X_fit, fit[TARGET])

    for name, m in [("random_forest", rf), ("dummy_prior", base)]:
        prob = m.predict_proba(X_val)[:, 1]
        log.info("%-14s AUC %.4f  AP %.4f  Brier %.4f", name,
                 roc_auc_score(val[TARGET], prob), average_precision_score(val[TARGET], prob),
                 brier_score_loss(val[TARGET], prob))

    imp = pd.Series(rf.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
    log.info("importances:\n%s", imp.round(3).to_string())
    return rf, X_fit.columns


if __name__ == "__main__":
    model, cols = run(Params())
    test = pd.read_csv("test.csv")
    proba = model.predict_proba(encode(test).reindex(columns=cols, fill_value=0))[:, 1]
    pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": np.asarray(proba)}).to_csv(
        "predictions.csv", index=False)
