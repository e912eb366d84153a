"""Card-fraud take-home: LightGBM with early stopping.

python ah33_fraud_lgbm_early_stopping.py  -> logs metrics, writes predictions.csv
"""
import logging
from dataclasses import dataclass

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

CONFIG = {
    "target": "is_fraud",
    "id": "transaction_id",
    "cat_cols": ["merchant_category", "country", "device_type"],
    "num_cols": ["amount", "hour"],
    "test_size": 0.2,
    "seed": 8,
    "params": {"n_estimators": 5000, "learning_rate": 0.02, "num_leaves": 31,
               "min_child_samples": 50, "reg_lambda": 1.0, "verbose": -1},
    "early_stopping_rounds": 100,
}

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("fraud")

MODELS = {
    "prior": lambda cfg: DummyClassifier(strategy="prior"),
    "lgbm": lambda cfg: lgb.LGBMClassifier(random_state=cfg["seed"], **cfg["params"]),
}


@dataclass
class Outcome:
    model: str
    roc_auc: float
    pr_auc: float
    n_trees: int = 0


def load():
    return pd.read_csv("train.csv"), pd.read_csv("test.csv")


def build_features(df, cfg):
    X = df[cfg["num_cols"] + cfg["cat_cols"]].copy()
    for c in cfg["cat_cols"]:
        X[c] = X[c].astype("category")
    X["amount_log"] = np.log1p(X["amount"])
    X["small_hours"] = X["hour"].between(0, 6).astype(int)
    return X


def split(X, y, cfg):
    return train_test_split(X, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"])


def train(name, X, y, cfg, eval_data=None):
    model = MODELS[name](cfg)
    if name == "lgbm":
        model.fit(X, y, eval_set=[eval_data], eval_metric="average_precision",
                  callbacks=[lgb.early_stopping(cfg["early_stopping_rounds"], verbose=False)])
    else:
        model.fit(X, y)
    return model


def evaluate(name, model, X, y):
    p = model.predict_proba(X)[:, 1]
    n = getattr(model, "best_iteration_", 0) or 0
    return Outcome(name, roc_auc_score(y, p), average_precision_score(y, p), n)


def report(outs):
    for o in outs:
        log.info("%-6s roc_auc=%.4f pr_auc=%.4f trees=%s", o.model, o.roc_auc, o.pr_auc, o.n_trees)


def main(cfg=CONFIG):
    train_df, test_df = load()
    X, y = build_features(train_df, cfg), train_df[cfg["target"]]
    X_train, X_test, y_train, y_test = split(X, y, cfg)

    outs = []
    for name in MODELS:
        m = train(name, X_train, y_train, cfg, eval_data=(X_test, y_test))
        outs.append(evaluate(name, m, X_test, y_test))
    report(outs)

    # final model: all labelled rows, number of trees from the early-stopped run
    best_n = outs[-1].n_trees
    final = lgb.LGBMClassifier(random_state=cfg["seed"], **{**cfg["params"], "n_estimators": best_n})
    final.fit(X, y)
    pd.DataFrame({cfg["id"]: test_df[cfg["id"]],
                  "prediction": final.predict_proba(build_features(test_df, cfg))[:, 1]}
                 ).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
