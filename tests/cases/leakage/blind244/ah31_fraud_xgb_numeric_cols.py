"""
Fraud take-home -- XGBoost on the numeric columns + one-hot categoricals.

Layout (was a package, flattened for submission):
    CONFIG, MODEL_REGISTRY, load(), build_features(), split(), train(), evaluate(), report(), main()
"""
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

CONFIG = {
    "data_dir": Path("."),
    "target": "is_fraud",
    "id_col": "transaction_id",
    "not_features": ["is_fraud", "transaction_id", "card_id"],
    "one_hot": ["merchant_category", "country", "device_type"],
    "holdout": 0.2,
    "seed": 99,
    "xgb": {"n_estimators": 600, "max_depth": 5, "learning_rate": 0.04, "subsample": 0.8,
            "colsample_bytree": 0.7, "scale_pos_weight": 10, "eval_metric": "aucpr"},
}

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s | %(message)s")
log = logging.getLogger("fraud.xgb")

MODEL_REGISTRY = {
    "dummy": lambda cfg: DummyClassifier(strategy="prior"),
    "xgb": lambda cfg: XGBClassifier(random_state=cfg["seed"], **cfg["xgb"]),
}


@dataclass
class HoldoutScore:
    model: str
    roc_auc: float
    pr_auc: float
    n: int


def load(cfg):
    tr = pd.read_csv(cfg["data_dir"] / "train.csv")
    te = pd.read_csv(cfg["data_dir"] / "test.csv")
    log.info("loaded train %s / test %s", tr.shape, te.shape)
    return tr, te


def build_features(df, cfg):
    out = pd.get_dummies(df, columns=cfg["one_hot"], dtype=float)
    out["amount_log"] = np.log1p(out["amount"])
    # everything numeric is fair game, minus label / ids
    num = out.select_dtypes(include="number")
    return num.drop(columns=[c for c in cfg["not_features"] if c in num.columns])


def split(X, y, cfg):
    return train_test_split(X, y, test_size=cfg["holdout"], stratify=y, random_state=cfg["seed"])


def train(name, X, y, cfg):
    return MODEL_REGISTRY[name](cfg).fit(X, y)


def evaluate(name, model, X, y):
    p = model.predict_proba(X)[:, 1]
    return HoldoutScore(name, roc_auc_score(y, p), average_precision_score(y, p), len(y))


def report(scores):
    log.info("features used: %s", ", ".join(scores[0][1]))
    for s, _ in scores:
        log.info("%-6s roc_auc=%.4f pr_auc=%.4f n=%d", s.model, s.roc_auc, s.pr_auc, s.n)


def main(cfg=CONFIG):
    tr, te = load(cfg)
    X, y = build_features(tr, cfg), tr[cfg["target"]]
    X_fit, X_hold, y_fit, y_hold = split(X, y, cfg)

    scores = []
    for name in MODEL_REGISTRY:
        m = train(name, X_fit, y_fit, cfg)
        scores.append((evaluate(name, m, X_hold, y_hold), list(X.columns)))
    report(scores)

    final = train("xgb", X, y, cfg)
    X_te = build_features(te, cfg).reindex(columns=X.columns, fill_value=0)
    pd.DataFrame({cfg["id_col"]: te[cfg["id_col"]], "prediction": final.predict_proba(X_te)[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
