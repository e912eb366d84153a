"""CatBoost for card fraud.

- categoricals passed natively (CatBoost's ordered target statistics are
  computed inside fit, from the training rows only)
- early stopping on a validation split carved out of the training part
- the test split is scored exactly once, next to a prior-rate baseline
"""
import logging

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import (average_precision_score, brier_score_loss,
                             log_loss, roc_auc_score)
from sklearn.model_selection import train_test_split

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("fraud")

CAT_FEATURES = ["merchant_category", "country", "device_type"]
NUM_FEATURES = ["amount", "hour", "card_age_days", "tx_count_24h"]
FEATURES = CAT_FEATURES + NUM_FEATURES
TARGET = "is_fraud"


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for frame in (train, test):
        for c in CAT_FEATURES:
            frame[c] = frame[c].fillna("missing").astype(str)
    return train, test


def split(train, seed=123):
    dev, test_part = train_test_split(train, test_size=0.2, stratify=train[TARGET], random_state=seed)
    fit_part, val_part = train_test_split(dev, test_size=0.2, stratify=dev[TARGET], random_state=seed)
    log.info("fit=%d val=%d test=%d", len(fit_part), len(val_part), len(test_part))
    return fit_part, val_part, test_part


def pool(frame, with_label=True):
    return Pool(frame[FEATURES], frame[TARGET] if with_label else None, cat_features=CAT_FEATURES)


def metrics(y, p):
    k = int(0.01 * len(p))
    top = np.argsort(-p)[:k]
    return {
        "ap": average_precision_score(y, p),
        "roc_auc": roc_auc_score(y, p),
        "brier": brier_score_loss(y, p),
        "logloss": log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)),
        "precision@1%": float(np.asarray(y)[top].mean()),
    }


def main():
    train, test = load()
    fit_part, val_part, test_part = split(train)

    model = CatBoostClassifier(
        iterations=5000,
        learning_rate=0.05,
        depth=6,
        l2_leaf_reg=5,
        eval_metric="PRAUC",
        od_type="Iter",
        od_wait=200,
        random_seed=123,
        verbose=500,
    )
    model.fit(pool(fit_part), eval_set=pool(val_part), use_best_model=True)
    log.info("best iteration %s", model.get_best_iteration())

    p_test = model.predict_proba(pool(test_part))[:, 1]
    p_prior = np.full(len(test_part), fit_part[TARGET].mean())

    table = pd.DataFrame({
        "prior baseline": metrics(test_part[TARGET], p_prior),
        "catboost": metrics(test_part[TARGET], p_test),
    }).T
    print(table.round(4))

    print(model.get_feature_importance(prettified=True).head(10))

    # submission: same settings, number of trees fixed from early stopping
    n_trees = model.get_best_iteration() + 1
    final = CatBoostClassifier(iterations=n_trees, learning_rate=0.05, depth=6, l2_leaf_reg=5,
                               random_seed=123, verbose=0)
    final.fit(pool(train))
    preds = final.predict_proba(Pool(test[FEATURES], cat_features=CAT_FEATURES))[:, 1]
    pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False)
    log.info("wrote %d predictions", len(preds))


if __name__ == "__main__":
    main()
