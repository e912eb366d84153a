# returns_model.py -- ShopNest take-home
# The hunch: customer behaviour (how often they buy, how deep the discounts
# they chase, how many sizes of one item they order) matters more than the product.

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

lines = pd.read_csv("train.csv", parse_dates=["order_date"])
customers = pd.read_csv("customers.csv", parse_dates=["signup_date"])
products = pd.read_csv("products.csv")

df = lines.merge(customers, on="customer_id", how="left")
df = df.merge(products[["product_id", "category", "list_price", "avg_rating", "has_size_chart"]],
              on="product_id", how="left")
df = df.sort_values(["customer_id", "order_date", "order_line_id"]).reset_index(drop=True)

# ---------------------------------------------------------------- customer profile
# only what we'd know when the order is placed: everything is computed over the
# customer's *earlier* lines (shift before expanding), so a line never sees its future
g = df.groupby("customer_id")
df["cust_prev_lines"] = g.cumcount()
df["cust_prev_orders"] = g["order_id"].transform(lambda s: (~s.duplicated()).cumsum().shift(fill_value=0))
df["cust_avg_discount"] = g["discount_pct"].transform(lambda s: s.shift().expanding().mean())
df["cust_avg_price"] = g["unit_price"].transform(lambda s: s.shift().expanding().mean())
df["cust_days_active"] = (df["order_date"] - g["order_date"].transform("first")).dt.days

# "bracketing": same product bought in several sizes within one order
df["n_sizes_same_order"] = df.groupby(["order_id", "product_id"])["size_ordered"].transform("nunique")

# ---------------------------------------------------------------- line features
df["tenure_days"] = (df["order_date"] - df["signup_date"]).dt.days
df["price_vs_list"] = df["unit_price"] / df["list_price"]
df["is_express"] = (df["shipping_method"] == "express").astype(int)
df["pay_later"] = (df["payment_method"] == "buy_now_pay_later").astype(int)

features = [
    "quantity", "unit_price", "discount_pct", "price_vs_list", "avg_rating",
    "has_size_chart", "tenure_days", "is_express", "pay_later", "n_sizes_same_order",
    "cust_prev_orders", "cust_prev_lines", "cust_avg_discount", "cust_avg_price", "cust_days_active",
]

# ---------------------------------------------------------------- split
cutoff = pd.Timestamp("2023-07-01")
train = df[df.order_date < cutoff]
test = df[(df.order_date >= cutoff) & (~df.customer_id.isin(train.customer_id))]
print(f"train {len(train):,} lines / test {len(test):,} lines from {test.customer_id.nunique():,} new customers")

X_tr, y_tr = train[features].fillna(0), train["returned"]
X_te, y_te = test[features].fillna(0), test["returned"]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=3)
gbm.fit(X_tr, y_tr)

for name, m in {"dummy/prior": dummy, "gbm": gbm}.items():
    p = m.predict_proba(X_te)[:, 1]
    print(f"{name:12s} auc={roc_auc_score(y_te, p):.3f} ap={average_precision_score(y_te, p):.3f} "
          f"brier={brier_score_loss(y_te, p):.4f}")

print(pd.Series(gbm.feature_importances_, index=features).sort_values(ascending=False).round(3))
