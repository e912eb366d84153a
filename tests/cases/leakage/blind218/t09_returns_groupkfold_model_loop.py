#!/usr/bin/env python
"""Compare a few classifiers for order-return prediction.

Customers place many orders, so CV folds are grouped by customer: all orders of
a customer are in the same fold and the model is always scored on customers it
has not seen.
"""
import time
import warnings

import numpy as np
import pandas as pd
import polars as pl
from lightgbm import LGBMClassifier
from sklearn.compose import make_column_transformer, make_column_selector as selector
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

warnings.filterwarnings("ignore", category=UserWarning)

LEAKY = ["refund_amount", "return_label_printed"]

q = (
    pl.scan_parquet("data/orders.parquet")
    .with_columns(
        (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
        pl.col("order_date").dt.weekday().alias("dow"),
        pl.col("order_date").dt.month().alias("month"),
        (pl.col("n_size_variants") > 1).alias("bracketing"),
        pl.col("is_gift").cast(pl.Int8),
    )
    .with_columns(pl.col("bracketing").cast(pl.Int8))
    .drop(LEAKY + ["customer_signup_date"])
)
orders = q.collect()
print(orders.shape)

groups = orders["customer_id"].to_numpy()
y = orders["returned"].to_numpy()
X = orders.drop(["returned", "order_id", "customer_id", "order_date"]).to_pandas()
print(X.dtypes.value_counts())

num = selector(dtype_include="number")
cat = selector(dtype_exclude="number")

linear_pre = make_column_transformer(
    (StandardScaler(), num),
    (OneHotEncoder(handle_unknown="ignore", min_frequency=30), cat),
)
tree_pre = make_column_transformer(
    ("passthrough", num),
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat),
).set_output(transform="pandas")

models = {
    "logreg": make_pipeline(linear_pre, LogisticRegression(max_iter=3000, C=0.5)),
    "rf": make_pipeline(tree_pre, RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0)),
    "hgb": make_pipeline(tree_pre, HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)),
    "lgbm": make_pipeline(tree_pre, LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31, verbose=-1)),
}

cv = GroupKFold(n_splits=5)
rows = []
for name, model in models.items():
    t0 = time.time()
    res = cross_validate(
        model, X, y, groups=groups, cv=cv,
        scoring={"auc": "roc_auc", "ap": "average_precision", "logloss": "neg_log_loss"},
        n_jobs=1,
    )
    rows.append({
        "model": name,
        "auc": res["test_auc"].mean(),
        "auc_sd": res["test_auc"].std(),
        "ap": res["test_ap"].mean(),
        "logloss": -res["test_logloss"].mean(),
        "secs": time.time() - t0,
    })
    print(f"{name:7s} auc={rows[-1]['auc']:.4f}±{rows[-1]['auc_sd']:.4f} ap={rows[-1]['ap']:.4f}")

summary = pd.DataFrame(rows).sort_values("auc", ascending=False)
print(summary.round(4).to_string(index=False))
summary.to_csv("cv_summary.csv", index=False)

best_name = summary.iloc[0]["model"]
print(f"\nbest model by grouped CV: {best_name}")
