# E-commerce order lines -> will this line be returned?
# Each customer has many order lines; customer-level behaviour is summarised into
# a few features, then a LightGBM classifier on line-level + customer features.
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

lines = pd.read_csv("data/order_lines.csv")
print(lines.shape)
print(lines.head())
print("return rate:", round(lines.returned.mean(), 4))
print("customers:", lines.customer_id.nunique(), "| lines per customer:",
      round(len(lines) / lines.customer_id.nunique(), 1))

# ---- line level ----
lines["line_value"] = lines.unit_price * lines.quantity
lines["discount_pct"] = (lines.discount / lines.line_value.replace(0, np.nan)).fillna(0)
lines["is_multi_size"] = lines.n_sizes_in_order.gt(1).astype(int)
lines["express"] = lines.shipping_method.eq("express").astype(int)

# ---- customer level (behaviour, not outcomes) ----
cust = lines.groupby("customer_id").agg(
    cust_n_lines=("order_line_id", "count"),
    cust_n_orders=("order_id", "nunique"),
    cust_avg_value=("line_value", "mean"),
    cust_avg_discount=("discount_pct", "mean"),
    cust_share_multi_size=("is_multi_size", "mean"),
    cust_n_categories=("category", "nunique"),
)
lines = lines.merge(cust, left_on="customer_id", right_index=True, how="left")

cat_cols = ["category", "size", "payment_method", "shipping_method", "device"]
for c in cat_cols:
    lines[c] = lines[c].astype("category")

features = [
    "unit_price", "quantity", "line_value", "discount_pct", "is_multi_size", "express",
    "cust_n_lines", "cust_n_orders", "cust_avg_value",
    "cust_avg_discount", "cust_share_multi_size", "cust_n_categories",
] + cat_cols

X = lines[features]
y = lines["returned"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_tr, X_va, y_tr, y_va = train_test_split(X_tr, y_tr, test_size=0.15, stratify=y_tr, random_state=0)

params = dict(
    objective="binary",
    learning_rate=0.05,
    num_leaves=63,
    min_child_samples=50,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    lambda_l2=1.0,
    verbose=-1,
)
dtr = lgb.Dataset(X_tr, y_tr, categorical_feature=cat_cols)
dva = lgb.Dataset(X_va, y_va, categorical_feature=cat_cols, reference=dtr)
booster = lgb.train(
    params, dtr, num_boost_round=3000, valid_sets=[dva],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)

p_te = booster.predict(X_te, num_iteration=booster.best_iteration)
print("\nTEST")
print("ROC AUC :", round(roc_auc_score(y_te, p_te), 4))
print("PR AUC  :", round(average_precision_score(y_te, p_te), 4))
print("logloss :", round(log_loss(y_te, p_te), 4))

imp = pd.Series(booster.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(15))

# reliability by decile
dec = pd.qcut(p_te, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"p": p_te, "y": y_te.values, "dec": dec}).groupby("dec")[["p", "y"]].mean().round(3))
