# returns_model.py -- feature pruning + gradient boosting
#
# ~60 numeric candidate features after the feature build. Many are noise, so I
# keep the ones most correlated with `returned` -- measured on the training
# period only, the test period is not looked at until the end.
import polars as pl
import polars.selectors as cs
import numpy as np
from datetime import date
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TOP_K = 15
LEAKY = ["refund_amount", "return_label_printed"]

orders = pl.read_parquet("data/orders.parquet").drop(LEAKY)

# --- feature build ------------------------------------------------------------
orders = orders.with_columns(
    (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
    pl.col("order_date").dt.weekday().alias("dow"),
    pl.col("order_date").dt.hour().alias("hour"),
    (pl.col("order_value") / pl.col("n_items").clip(lower_bound=1)).alias("value_per_item"),
    pl.col("order_value").log1p().alias("log_value"),
    (pl.col("n_size_variants") > 1).cast(pl.Int8).alias("bracketing"),
    pl.col("is_gift").cast(pl.Int8),
)
# one-hot for the low-cardinality string columns (stateless)
orders = orders.to_dummies(["payment_method", "shipping_speed", "device", "category"])

candidates = (
    orders.select(cs.numeric().exclude("returned", "order_id", "customer_id")).columns
)
print(f"{len(candidates)} numeric candidates")

# --- split: out of time + unseen customers -----------------------------------
cut = date(2024, 7, 1)
train = orders.filter(pl.col("order_date").dt.date() < cut)
test = orders.filter(pl.col("order_date").dt.date() >= cut)
test = test.join(train.select("customer_id").unique(), on="customer_id", how="anti")

# --- correlation filter -----------------------------------------------------------
corr = (
    train.select([pl.corr(c, "returned").alias(c) for c in candidates])
    .unpivot(variable_name="feature", value_name="r")
    .with_columns(pl.col("r").abs().alias("abs_r"))
    .drop_nulls()
    .sort("abs_r", descending=True)
)
print(corr.head(TOP_K))
keep = corr.head(TOP_K)["feature"].to_list()

X_train, y_train = train.select(keep).to_numpy(), train["returned"].to_numpy()
X_test, y_test = test.select(keep).to_numpy(), test["returned"].to_numpy()
print("train", X_train.shape, "test", X_test.shape)


# --- models ---------------------------------------------------------------------
out = []
for label, est in [
    ("dummy (prior)", DummyClassifier(strategy="prior")),
    ("hgb top-k", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=3)),
]:
    est.fit(X_train, y_train)
    p = est.predict_proba(X_test)[:, 1]
    out.append((label, roc_auc_score(y_test, p), average_precision_score(y_test, p)))

print(pl.DataFrame(out, schema=["model", "roc_auc", "pr_auc"], orient="row"))

# lift table on the test period
p = est.predict_proba(X_test)[:, 1]
lift = (
    pl.DataFrame({"p": p, "y": y_test})
    .with_columns(pl.col("p").qcut(10, labels=[str(i) for i in range(10)]).alias("decile"))
    .group_by("decile")
    .agg(pl.col("y").mean().alias("return_rate"), pl.len().alias("n"))
    .sort("decile")
)
print(lift)
