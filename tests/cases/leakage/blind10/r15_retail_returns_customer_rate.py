"""Retail order-line return prediction.

Each row is an order line; customers place many orders. The model predicts
whether a line will be returned.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split


class ReturnsFeatureBuilder:
    """Builds customer and product level features from the order lines table."""

    def __init__(self, df):
        self.df = df.copy()
        self.customer_stats = None

    def basic(self):
        d = self.df
        d["discount_pct"] = (d["list_price"] - d["paid_price"]) / d["list_price"]
        d["is_sale"] = (d["discount_pct"] > 0.2).astype(int)
        d["basket_value"] = d.groupby("order_id")["paid_price"].transform("sum")
        d["basket_lines"] = d.groupby("order_id")["product_id"].transform("count")
        d["size_mismatch"] = (d["size_ordered"] != d["usual_size"]).astype(int)
        return self

    def customer_history(self):
        d = self.df
        self.customer_stats = d.groupby("customer_id").agg(
            cust_orders=("order_id", "nunique"),
            cust_return_rate=("returned", "mean"),
            cust_avg_spend=("paid_price", "mean"),
        )
        self.df = d.merge(self.customer_stats, left_on="customer_id", right_index=True, how="left")
        return self

    def category_history(self):
        d = self.df
        d["category_return_rate"] = d.groupby("category")["returned"].transform("mean")
        return self

    def result(self):
        return self.df


orders = pd.read_csv("order_lines.csv")
print(orders.shape, "customers:", orders["customer_id"].nunique())
print("return rate:", orders["returned"].mean().round(3))

data = (ReturnsFeatureBuilder(orders)
        .basic()
        .customer_history()
        .category_history()
        .result())

FEATURES = ["discount_pct", "is_sale", "basket_value", "basket_lines", "size_mismatch",
            "cust_orders", "cust_return_rate", "cust_avg_spend", "category_return_rate",
            "paid_price"]
X = data[FEATURES]
y = data["returned"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=5)

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=63,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]
print("AUC: %.4f" % roc_auc_score(y_te, p))
print("F1 @0.5: %.4f" % f1_score(y_te, p > 0.5))
print(pd.Series(clf.feature_importances_, index=FEATURES).sort_values(ascending=False))
