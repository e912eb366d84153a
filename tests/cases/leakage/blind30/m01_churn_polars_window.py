"""Churn take-home: polars feature engineering + gradient boosting.

One row per customer per month (snapshot). We predict churned_next_month.
"""
from datetime import date

import numpy as np
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATA = "data/churn_snapshots.csv"
CUTOFF = date(2023, 7, 1)
TARGET = "churned_next_month"
SEED = 13


def load(path: str) -> pl.DataFrame:
    df = pl.read_csv(path, try_parse_dates=True)
    return df.sort(["customer_id", "snapshot_month"])


def add_features(df: pl.DataFrame) -> pl.DataFrame:
    # customer-level context: how does this month compare to the customer's usual behaviour
    return df.with_columns(
        pl.col("monthly_spend").mean().over("customer_id").alias("cust_avg_spend"),
        pl.col("logins_30d").max().over("customer_id").alias("cust_max_logins"),
        pl.col("support_tickets").sum().over("customer_id").alias("cust_total_tickets"),
        (pl.col("monthly_spend") / pl.col("monthly_spend").mean().over("customer_id")).alias("spend_ratio"),
        pl.col("tenure_months").log1p().alias("log_tenure"),
        pl.col("snapshot_month").dt.month().alias("month_of_year"),
        (pl.col("plan_type") == "annual").cast(pl.Int8).alias("is_annual"),
        pl.col("discount_pct").fill_null(0.0),
    )


FEATURES = [
    "monthly_spend",
    "logins_30d",
    "support_tickets",
    "discount_pct",
    "log_tenure",
    "month_of_year",
    "is_annual",
    "cust_avg_spend",
    "cust_max_logins",
    "cust_total_tickets",
    "spend_ratio",
]


def split(df: pl.DataFrame):
    train = df.filter(pl.col("snapshot_month") < CUTOFF)
    test = df.filter(pl.col("snapshot_month") >= CUTOFF)
    # evaluate on customers the model has never seen
    test = test.join(train.select("customer_id").unique(), on="customer_id", how="anti")
    return train, test


def main():
    df = add_features(load(DATA))
    train, test = split(df)
    print(f"train {train.height} rows, test {test.height} rows")
    print("train churn rate", train[TARGET].mean(), "test churn rate", test[TARGET].mean())

    X_tr = train.select(FEATURES).to_numpy()
    y_tr = train[TARGET].to_numpy()
    X_te = test.select(FEATURES).to_numpy()
    y_te = test[TARGET].to_numpy()

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_dummy = dummy.predict_proba(X_te)[:, 1]

    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=400, max_leaf_nodes=31, random_state=SEED
    )
    model.fit(X_tr, y_tr)
    p = model.predict_proba(X_te)[:, 1]

    for name, scores in [("dummy", p_dummy), ("hgb", p)]:
        print(
            f"{name:6s} roc_auc={roc_auc_score(y_te, scores):.3f} "
            f"pr_auc={average_precision_score(y_te, scores):.3f}"
        )

    top = np.argsort(-p)[: int(0.05 * len(p))]
    print("precision in top 5%:", y_te[top].mean())


if __name__ == "__main__":
    main()
