"""Order return prediction -- XGBoost with native categoricals.

Validation: out-of-time. Everything up to 2024-06-30 is training, the last six
months are the test period, exactly like the model would be deployed.
"""
import json

import numpy as np
import pandas as pd
import polars as pl
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

CFG = {
    "data": "data/orders.parquet",
    "cutoff": "2024-07-01",
    "target": "returned",
    "cats": ["category", "payment_method", "shipping_speed", "device", "country"],
    "drop": ["order_id", "customer_id", "order_date", "customer_signup_date",
             "refund_amount", "return_label_printed"],
}

raw = pl.read_parquet(CFG["data"])

# customer history, strictly from earlier orders (sorted, then shifted)
feat = (
    raw.sort("customer_id", "order_date")
    .with_columns(
        (pl.col("order_id").cum_count().over("customer_id") - 1).alias("n_prev_orders"),
        (pl.col("order_date") - pl.col("order_date").shift(1).over("customer_id"))
        .dt.total_days()
        .alias("days_since_prev"),
        pl.col("order_value").shift(1).over("customer_id").alias("prev_order_value"),
        (pl.col("order_date") - pl.col("customer_signup_date")).dt.total_days().alias("tenure_days"),
        pl.col("order_date").dt.weekday().alias("dow"),
    )
    .with_columns(pl.col(CFG["cats"]).cast(pl.Categorical))
)

cutoff = pl.lit(CFG["cutoff"]).str.to_datetime()
train = feat.filter(pl.col("order_date") < cutoff)
test = feat.filter(pl.col("order_date") >= cutoff)
print(f"train: {train.height:,} orders ({train['order_date'].min()} .. {train['order_date'].max()})")
print(f"test : {test.height:,} orders ({test['order_date'].min()} .. {test['order_date'].max()})")


def xy(df):
    X = df.drop(CFG["drop"] + [CFG["target"]]).to_pandas()
    return X, df[CFG["target"]].to_numpy()


X_tr, y_tr = xy(train)
X_te, y_te = xy(test)
# align category levels with training
for c in CFG["cats"]:
    X_te[c] = pd.Categorical(X_te[c], categories=X_tr[c].cat.categories)

print("pos rate train/test:", y_tr.mean().round(4), y_te.mean().round(4))

metrics = {}

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
pb = base.predict_proba(X_te)[:, 1]
metrics["baseline_prior"] = {
    "roc_auc": roc_auc_score(y_te, pb),
    "avg_precision": average_precision_score(y_te, pb),
    "log_loss": log_loss(y_te, pb),
}

clf = xgb.XGBClassifier(
    n_estimators=450,
    learning_rate=0.04,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=5,
    tree_method="hist",
    enable_categorical=True,
    max_cat_to_onehot=4,
    eval_metric="aucpr",
)
clf.fit(X_tr, y_tr, verbose=False)
p = clf.predict_proba(X_te)[:, 1]
metrics["xgb"] = {
    "roc_auc": roc_auc_score(y_te, p),
    "avg_precision": average_precision_score(y_te, p),
    "log_loss": log_loss(y_te, p),
}

print(json.dumps({k: {m: round(v, 4) for m, v in d.items()} for k, d in metrics.items()}, indent=2))

# does the model do better for repeat customers?
seg = pd.DataFrame({"y": y_te, "p": p, "repeat": (X_te["n_prev_orders"] > 0).to_numpy()})
for is_rep, g in seg.groupby("repeat"):
    if g["y"].nunique() == 2:
        print(f"repeat={is_rep}: n={len(g):,} auc={roc_auc_score(g['y'], g['p']):.3f}")

imp = pd.Series(clf.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
print(imp.head(12).round(4))
with open("metrics.json", "w") as f:
    json.dump(metrics, f, indent=2)
