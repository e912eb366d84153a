"""Card fraud take-home.

Idea: cards that already had fraud are much more likely to see more of it, so
the main engineered feature is "other known frauds on this card".
"""
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "target": "is_fraud",
    "id": "transaction_id",
    "card": "card_id",
    "base_features": ["amount", "hour"],
    "categoricals": ["merchant_category", "country", "device_type"],
    "valid_size": 0.2,
    "seed": 31,
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("fraud")

MODELS = {
    "hgb": lambda: HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                                  categorical_features="from_dtype", random_state=0),
}


@dataclass
class Eval:
    model: str
    roc_auc: float
    pr_auc: float


def load():
    tr, te = pd.read_csv("train.csv"), pd.read_csv("test.csv")
    log.info("train %s test %s; %d cards", tr.shape, te.shape, tr["card_id"].nunique())
    return tr, te


def card_fraud_history(labelled, rows, cfg, same_rows=False):
    """number of known frauds on the card (minus the row's own label when the rows are the labelled ones)"""
    counts = labelled.groupby(cfg["card"])[cfg["target"]].sum()
    hist = rows[cfg["card"]].map(counts).fillna(0)
    if same_rows:
        hist = hist - rows[cfg["target"]]
    return hist


def build_features(df, cfg):
    X = df[cfg["base_features"] + cfg["categoricals"]].copy()
    for c in cfg["categoricals"]:
        X[c] = X[c].astype("category")
    X["amount_log"] = np.log1p(X["amount"])
    X["card_prior_frauds"] = df["card_prior_frauds"]
    return X


def split(df, cfg):
    return train_test_split(df, test_size=cfg["valid_size"], stratify=df[cfg["target"]],
                            random_state=cfg["seed"])


def train(name, X, y):
    return MODELS[name]().fit(X, y)


def evaluate(name, p, y):
    return Eval(name, roc_auc_score(y, p), average_precision_score(y, p))


def report(evals):
    for e in evals:
        log.info("%-9s roc_auc=%.4f pr_auc=%.4f", e.model, e.roc_auc, e.pr_auc)


def main(cfg=CONFIG):
    df, test = load()
    df["card_prior_frauds"] = card_fraud_history(df, df, cfg, same_rows=True)
    tr, va = split(df, cfg)

    model = train("hgb", build_features(tr, cfg), tr[cfg["target"]])
    p_va = model.predict_proba(build_features(va, cfg))[:, 1]
    baseline = np.full(len(va), tr[cfg["target"]].mean())     # predict the base rate for everyone
    report([evaluate("baseline", baseline, va[cfg["target"]]), evaluate("hgb", p_va, va[cfg["target"]])])

    # final fit on all labelled rows; test cards get their full labelled history
    df["card_prior_frauds"] = card_fraud_history(df, df, cfg, same_rows=True)
    test["card_prior_frauds"] = card_fraud_history(df, test, cfg)
    final = train("hgb", build_features(df, cfg), df[cfg["target"]])
    pd.DataFrame({cfg["id"]: test[cfg["id"]],
                  "prediction": final.predict_proba(build_features(test, cfg))[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
