"""Returns: customer-behaviour features.

Hypothesis from the EDA: returners are "bracketers" who order several sizes and
quickly re-order (exchange). So I add per-customer sequence features on top of
the order-level ones.
"""
from datetime import datetime

import numpy as np
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

CUTOFF = datetime(2024, 7, 1)
CATS = ["category", "payment_method", "shipping_speed", "device"]


def sequence_features(lf: pl.LazyFrame) -> pl.LazyFrame:
    by_cust = "customer_id"
    return (
        lf.sort(by_cust, "order_date")
        .with_columns(
            # gap to the customer's neighbouring orders
            (pl.col("order_date") - pl.col("order_date").shift(1)).over(by_cust).dt.total_days().alias("gap_prev_days"),
            (pl.col("order_date").shift(-1) - pl.col("order_date")).over(by_cust).dt.total_days().alias("gap_next_days"),
            # same category re-ordered right after -> looks like an exchange
            (pl.col("category").shift(-1).over(by_cust) == pl.col("category")).cast(pl.Int8).alias("next_same_category"),
            pl.len().over(by_cust).alias("customer_n_orders"),
            pl.col("order_value").mean().over(by_cust).alias("customer_avg_value"),
        )
        .with_columns(
            pl.col("gap_next_days").fill_null(999),
            pl.col("gap_prev_days").fill_null(999),
            pl.col("next_same_category").fill_null(0),
        )
    )


def order_features(lf: pl.LazyFrame) -> pl.LazyFrame:
    return lf.with_columns(
        (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
        (pl.col("n_size_variants") > 1).cast(pl.Int8).alias("bracketing"),
        (pl.col("order_value") / pl.col("n_items").clip(lower_bound=1)).alias("value_per_item"),
        pl.col(CATS).cast(pl.Categorical),
    )


lf = pl.scan_parquet("data/orders.parquet").pipe(order_features).pipe(sequence_features)
df = lf.collect()

FEATURES = [
    "order_value", "n_items", "discount_pct", "is_gift", "n_size_variants", "tenure_days",
    "bracketing", "value_per_item", "gap_prev_days", "gap_next_days", "next_same_category",
    "customer_n_orders", "customer_avg_value", *CATS,
]

train = df.filter(pl.col("order_date") < CUTOFF)
test = df.filter(pl.col("order_date") >= CUTOFF).join(
    train.select("customer_id").unique(), on="customer_id", how="anti"
)
print(f"{train.height=} {test.height=}")

X_train = train.select(FEATURES).to_pandas()
X_test = test.select(FEATURES).to_pandas()
for c in CATS:
    X_test[c] = X_test[c].cat.set_categories(X_train[c].cat.categories)
y_train = train["returned"].to_numpy()
y_test = test["returned"].to_numpy()

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
clf = HistGradientBoostingClassifier(
    categorical_features="from_dtype", max_iter=350, learning_rate=0.05,
    min_samples_leaf=40, random_state=1,
).fit(X_train, y_train)

for name, est in {"prior baseline": dummy, "hgb + sequence feats": clf}.items():
    p = est.predict_proba(X_test)[:, 1]
    print(f"{name:22s} ROC-AUC={roc_auc_score(y_test, p):.4f}  PR-AUC={average_precision_score(y_test, p):.4f}")

# how much do the sequence features matter? drop them and refit
seq = ["gap_prev_days", "gap_next_days", "next_same_category", "customer_n_orders", "customer_avg_value"]
clf_small = HistGradientBoostingClassifier(
    categorical_features="from_dtype", max_iter=350, learning_rate=0.05,
    min_samples_leaf=40, random_state=1,
).fit(X_train.drop(columns=seq), y_train)
p_small = clf_small.predict_proba(X_test.drop(columns=seq))[:, 1]
print(f"{'hgb without sequence':22s} ROC-AUC={roc_auc_score(y_test, p_small):.4f}  "
      f"PR-AUC={average_precision_score(y_test, p_small):.4f}")
