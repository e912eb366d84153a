"""Card fraud take-home.

Pipeline: load -> build_features -> split -> train -> evaluate -> report.
Risk encodings for merchant_category and country are the main signal.
"""
import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "train_path": "train.csv",
    "test_path": "test.csv",
    "target": "is_fraud",
    "id": "transaction_id",
    "risk_cols": ["merchant_category", "country"],
    "numeric": ["amount", "hour"],
    "smoothing": 20,
    "test_size": 0.25,
    "seed": 2024,
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(levelname)s] %(message)s")
log = logging.getLogger("fraud")

MODELS = {
    "gbm": lambda: GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=CONFIG["seed"]),
}


@dataclass
class Eval:
    name: str
    roc_auc: float
    pr_auc: float


def load(cfg):
    df = pd.read_csv(cfg["train_path"])
    test = pd.read_csv(cfg["test_path"])
    log.info("train %s, fraud rate %.4f", df.shape, df[cfg["target"]].mean())
    return df, test


def risk_table(df, col, cfg):
    """smoothed fraud rate per category"""
    prior = df[cfg["target"]].mean()
    g = df.groupby(col)[cfg["target"]].agg(["sum", "count"])
    return (g["sum"] + cfg["smoothing"] * prior) / (g["count"] + cfg["smoothing"]), prior


def build_features(df, tables, cfg):
    X = pd.DataFrame(index=df.index)
    for c in cfg["numeric"]:
        X[c] = df[c]
    X["log_amount"] = np.log1p(df["amount"])
    X["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    X["mobile"] = (df["device_type"] == "mobile").astype(int)
    for c in cfg["risk_cols"]:
        table, prior = tables[c]
        X[f"{c}_risk"] = df[c].map(table).fillna(prior)
    return X


def split(df, cfg):
    return train_test_split(df, test_size=cfg["test_size"], stratify=df[cfg["target"]],
                            random_state=cfg["seed"])


def train(name, X, y):
    return MODELS[name]().fit(X, y)


def evaluate(name, p, y):
    return Eval(name, roc_auc_score(y, p), average_precision_score(y, p))


def report(evals):
    for e in evals:
        log.info("%-14s ROC-AUC %.4f | PR-AUC %.4f", e.name, e.roc_auc, e.pr_auc)


def main(cfg=CONFIG):
    df, test = load(cfg)
    tables = {c: risk_table(df, c, cfg) for c in cfg["risk_cols"]}
    tr, va = split(df, cfg)
    X_tr, X_va = build_features(tr, tables, cfg), build_features(va, tables, cfg)
    y_tr, y_va = tr[cfg["target"]], va[cfg["target"]]

    model = train("gbm", X_tr, y_tr)
    evals = [
        evaluate("constant_rate", np.full(len(y_va), y_tr.mean()), y_va),   # baseline
        evaluate("gbm", model.predict_proba(X_va)[:, 1], y_va),
    ]
    report(evals)

    final_tables = {c: risk_table(df, c, cfg) for c in cfg["risk_cols"]}
    final = train("gbm", build_features(df, final_tables, cfg), df[cfg["target"]])
    p_test = final.predict_proba(build_features(test, final_tables, cfg))[:, 1]
    pd.DataFrame({cfg["id"]: test[cfg["id"]], "prediction": p_test}).to_csv("predictions.csv", index=False)
    log.info("saved predictions.csv")


if __name__ == "__main__":
    main()
