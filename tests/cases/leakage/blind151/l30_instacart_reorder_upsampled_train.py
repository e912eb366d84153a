"""
Instacart: will the user re-order this product in the next basket?

Reads the user x product feature table built by build_features.py (one row per
user/product pair seen in the user's prior orders) and trains a classifier.
"""
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("reorder")

FEATURES = [
    "up_orders", "up_order_rate", "up_orders_since_last", "up_avg_cart_position",
    "user_orders", "user_mean_basket", "user_mean_days_between", "user_reorder_ratio",
    "prod_orders", "prod_reorder_ratio", "prod_mean_cart_position",
    "aisle_reorder_ratio", "dept_reorder_ratio", "days_since_prior_order", "order_dow", "order_hour_of_day",
]
LABEL = "reordered"


def load(path="features/user_product_train.parquet"):
    df = pd.read_parquet(path)
    log.info("loaded %d rows, %d users", len(df), df["user_id"].nunique())
    return df


def balance(df, ratio=1.0, seed=0):
    """Upsample the re-ordered pairs so both classes have (about) the same size."""
    pos = df[df[LABEL] == 1]
    neg = df[df[LABEL] == 0]
    pos_up = resample(pos, replace=True, n_samples=int(len(neg) * ratio), random_state=seed)
    out = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)
    log.info("balanced: %d -> %d rows (pos share %.2f)", len(df), len(out), out[LABEL].mean())
    return out


def evaluate(name, y_true, proba, thr=0.5):
    pred = (proba >= thr).astype(int)
    log.info("%-10s auc=%.4f f1=%.4f precision=%.4f recall=%.4f", name, roc_auc_score(y_true, proba),
             f1_score(y_true, pred), precision_score(y_true, pred, zero_division=0), recall_score(y_true, pred))


def main():
    df = load()
    log.info("positive share: %.3f", df[LABEL].mean())
    train_df, test_df = train_test_split(df, test_size=0.2, random_state=0)
    train_df = balance(train_df)  # only the training rows are upsampled

    X_tr, y_tr = train_df[FEATURES], train_df[LABEL]
    X_te, y_te = test_df[FEATURES], test_df[LABEL]

    dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
    evaluate("dummy", y_te, dummy.predict_proba(X_te)[:, 1])

    clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.08, max_leaf_nodes=63,
                                         min_samples_leaf=100, random_state=0)
    clf.fit(X_tr, y_tr)
    evaluate("hgb", y_te, clf.predict_proba(X_te)[:, 1])

    submit = pd.read_parquet("features/user_product_test.parquet")
    submit["p_reorder"] = clf.predict_proba(submit[FEATURES])[:, 1]
    submit[["order_id", "product_id", "p_reorder"]].to_csv("reorder_scores.csv", index=False)
    log.info("scored %d candidate pairs", len(submit))


if __name__ == "__main__":
    main()
