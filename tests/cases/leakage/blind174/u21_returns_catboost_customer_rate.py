"""Product return prediction - polars for wrangling, CatBoost for the model.

Returns are strongly customer-driven (serial returners), so besides the order-line
attributes I give the model each customer's return rate.
"""
import numpy as np
import polars as pl
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "returned"
CAT_COLS = ["product_category", "brand", "size", "shipping_method", "payment_method"]
NUM_COLS = ["unit_price", "quantity", "discount_pct", "delivery_days", "customer_age",
            "customer_prior_orders", "customer_prior_returns", "is_gift",
            "line_value", "order_dow", "order_month", "prior_return_share", "customer_return_rate"]


def features(lf: pl.LazyFrame) -> pl.LazyFrame:
    return lf.with_columns(
        (pl.col("unit_price") * pl.col("quantity") * (1 - pl.col("discount_pct") / 100)).alias("line_value"),
        pl.col("order_date").str.to_date().dt.weekday().alias("order_dow"),
        pl.col("order_date").str.to_date().dt.month().alias("order_month"),
        (pl.col("customer_prior_returns") / (pl.col("customer_prior_orders") + 1)).alias("prior_return_share"),
        pl.col("size").fill_null("none"),
    )


def main():
    train = features(pl.scan_csv("train.csv")).collect()
    test = features(pl.scan_csv("test.csv")).collect()
    print(train.shape, test.shape)
    print(train.select(pl.col(TARGET).mean().alias("return_rate")))

    # customer-level return rate
    train = train.with_columns(pl.col(TARGET).mean().over("customer_id").alias("customer_return_rate"))
    cust_rate = train.group_by("customer_id").agg(pl.col(TARGET).mean().alias("customer_return_rate"))
    global_rate = train[TARGET].mean()
    test = test.join(cust_rate, on="customer_id", how="left").with_columns(
        pl.col("customer_return_rate").fill_null(global_rate)
    )

    pdf = train.select(CAT_COLS + NUM_COLS + [TARGET]).to_pandas()
    X, y = pdf[CAT_COLS + NUM_COLS], pdf[TARGET]
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    pd0 = dummy.predict_proba(X_va)[:, 1]
    print(f"dummy     auc={roc_auc_score(y_va, pd0):.4f}  ap={average_precision_score(y_va, pd0):.4f}")

    cb = CatBoostClassifier(
        iterations=1500, learning_rate=0.05, depth=6, l2_leaf_reg=4,
        auto_class_weights="SqrtBalanced", random_seed=99, verbose=300,
    )
    cb.fit(X_tr, y_tr, cat_features=CAT_COLS)
    p = cb.predict_proba(X_va)[:, 1]
    print(f"catboost  auc={roc_auc_score(y_va, p):.4f}  ap={average_precision_score(y_va, p):.4f}")

    fi = sorted(zip(cb.get_feature_importance(), CAT_COLS + NUM_COLS), reverse=True)
    for score, name in fi[:10]:
        print(f"  {name:<24}{score:6.2f}")

    cb.fit(X, y, cat_features=CAT_COLS)
    pred = cb.predict_proba(test.select(CAT_COLS + NUM_COLS).to_pandas())[:, 1]
    pl.DataFrame({"order_line_id": test["order_line_id"], "prediction": np.asarray(pred)}).write_csv("predictions.csv")
    print("predictions.csv written")


if __name__ == "__main__":
    main()
