# Returns take-home: P(order returned)
# polars for the wrangling, sklearn for modelling.
import numpy as np
import pandas as pd
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split

pl.Config.set_tbl_rows(20)

TARGET = "returned"
CAT_COLS = ["category", "payment_method", "shipping_speed", "device", "country"]
NOT_FEATURES = [
    "order_id", "customer_id", "order_date", "customer_signup_date",
    "refund_amount", "return_label_printed", TARGET,
]

orders = pl.read_parquet("data/orders.parquet")
print(orders.describe())

# quick look at return rate by category
print(
    orders.group_by("category")
    .agg(pl.len().alias("n"), pl.col(TARGET).mean().alias("rate"))
    .sort("rate", descending=True)
)

orders = (
    orders.sort(["customer_id", "order_date"])
    .with_columns(
        pl.col("order_date").dt.weekday().alias("order_dow"),
        pl.col("order_date").dt.hour().alias("order_hour"),
        (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
        (pl.col("order_value") / pl.col("n_items").clip(lower_bound=1)).alias("value_per_item"),
        pl.col("order_value").log1p().alias("log_value"),
        (pl.col("discount_pct") > 0.3).cast(pl.Int8).alias("deep_discount"),
        (pl.col("order_id").cum_count().over("customer_id") - 1).alias("prior_orders"),
    )
)

pdf = orders.to_pandas()
X = pdf.drop(columns=NOT_FEATURES)
for c in CAT_COLS:
    X[c] = X[c].astype("category")
y = pdf[TARGET].to_numpy()

# returns are rare (~9%) so stratify to keep the same rate in both parts
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=42
)
print("train", X_train.shape, "test", X_test.shape)
print("rate train/test:", y_train.mean().round(4), y_test.mean().round(4))


def report(name, y_true, proba):
    print(
        f"{name:<10} auc={roc_auc_score(y_true, proba):.3f} "
        f"ap={average_precision_score(y_true, proba):.3f} "
        f"brier={brier_score_loss(y_true, proba):.4f}"
    )


dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
report("dummy", y_test, dummy.predict_proba(X_test)[:, 1])

results = {}
for lr in (0.03, 0.1):
    hgb = HistGradientBoostingClassifier(
        categorical_features="from_dtype",
        learning_rate=lr,
        max_iter=500,
        early_stopping=True,
        validation_fraction=0.15,
        random_state=0,
    ).fit(X_train, y_train)
    # compare the two learning rates on the internal validation score only
    results[lr] = (hgb.validation_score_[-1], hgb)
    print(f"lr={lr} n_iter={hgb.n_iter_} val_loss={-hgb.validation_score_[-1]:.4f}")

best_lr = max(results, key=lambda k: results[k][0])
best = results[best_lr][1]
print("picked lr", best_lr)
proba = best.predict_proba(X_test)[:, 1]
report("hgb", y_test, proba)

k = int(0.05 * len(proba))
top = np.argsort(-proba)[:k]
print(f"precision@5%: {y_test[top].mean():.3f}")

# permutation-free importance proxy: how much does AUC drop if we shuffle a column?
rng = np.random.default_rng(0)
base_auc = roc_auc_score(y_test, proba)
drops = {}
for col in X_test.columns:
    Xp = X_test.copy()
    Xp[col] = rng.permutation(Xp[col].to_numpy())
    if col in CAT_COLS:
        Xp[col] = pd.Categorical(Xp[col], categories=X_test[col].cat.categories)
    drops[col] = base_auc - roc_auc_score(y_test, best.predict_proba(Xp)[:, 1])
for col, d in sorted(drops.items(), key=lambda kv: -kv[1])[:10]:
    print(f"{col:<18} {d:+.4f}")
