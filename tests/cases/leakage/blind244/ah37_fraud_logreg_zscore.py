"""Fraud take-home: interpretable logistic model.

I wanted coefficients I can explain to the fraud ops team, so: hand-rolled
standardisation, one-hot, plain logistic regression.
"""
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "train_csv": "train.csv",
    "test_csv": "test.csv",
    "target": "is_fraud",
    "id": "transaction_id",
    "numeric": ["amount", "hour", "amount_log"],
    "categorical": ["merchant_category", "country", "device_type"],
    "valid_frac": 0.25,
    "seed": 1,
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("fraud")

REGISTRY = {
    "most_frequent": lambda: DummyClassifier(strategy="most_frequent"),
    "logreg": lambda: LogisticRegression(C=1.0, max_iter=4000, class_weight="balanced"),
}


@dataclass
class Scores:
    model: str
    values: dict = field(default_factory=dict)


def load(cfg):
    df = pd.read_csv(cfg["train_csv"])
    test = pd.read_csv(cfg["test_csv"])
    for d in (df, test):
        d["amount_log"] = np.log1p(d["amount"])
    log.info("%d labelled rows, %.2f%% fraud", len(df), 100 * df[cfg["target"]].mean())
    return df, test


def fit_scaling(df, cols):
    """mean / std / median per numeric column"""
    return {c: (df[c].mean(), df[c].std(), df[c].median()) for c in cols}


def build_features(df, cfg, stats, columns=None):
    X = pd.DataFrame(index=df.index)
    for c in cfg["numeric"]:
        mu, sd, med = stats[c]
        X[c] = (df[c].fillna(med) - mu) / sd
    X = X.join(pd.get_dummies(df[cfg["categorical"]], dtype=float))
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def split(df, cfg):
    return train_test_split(df, test_size=cfg["valid_frac"], stratify=df[cfg["target"]],
                            random_state=cfg["seed"])


def train(name, X, y):
    return REGISTRY[name]().fit(X, y)


def evaluate(name, model, X, y):
    p = model.predict_proba(X)[:, 1]
    return Scores(name, {"roc_auc": roc_auc_score(y, p), "avg_precision": average_precision_score(y, p)})


def report(scores, model, columns):
    for s in scores:
        log.info("%-14s %s", s.model, {k: round(v, 4) for k, v in s.values.items()})
    coefs = pd.Series(model.coef_[0], index=columns).sort_values()
    log.info("most negative:\n%s", coefs.head(5))
    log.info("most positive:\n%s", coefs.tail(5))


def main(cfg=CONFIG):
    df, test = load(cfg)
    stats = fit_scaling(df, cfg["numeric"])
    tr, va = split(df, cfg)
    X_tr = build_features(tr, cfg, stats)
    X_va = build_features(va, cfg, stats, columns=X_tr.columns)
    y_tr, y_va = tr[cfg["target"]], va[cfg["target"]]

    models = {n: train(n, X_tr, y_tr) for n in REGISTRY}
    scores = [evaluate(n, m, X_va, y_va) for n, m in models.items()]
    report(scores, models["logreg"], X_tr.columns)

    # submission: refit on every labelled row
    full_stats = fit_scaling(df, cfg["numeric"])
    X_full = build_features(df, cfg, full_stats)
    final = train("logreg", X_full, df[cfg["target"]])
    X_test = build_features(test, cfg, full_stats, columns=X_full.columns)
    pd.DataFrame({cfg["id"]: test[cfg["id"]], "prediction": final.predict_proba(X_test)[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
