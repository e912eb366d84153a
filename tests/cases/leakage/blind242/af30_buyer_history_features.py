# Late delivery prediction - customer / seller history features
# Rough script, cleaned up a bit before sending.

import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

orders = pd.read_csv("train.csv", parse_dates=["purchase_ts", "promised_delivery_date"])
customers = pd.read_csv("customers.csv", parse_dates=["customer_since"])
sellers = pd.read_csv("sellers.csv", parse_dates=["seller_since"])
regions = pd.read_csv("regions.csv")

orders = orders.drop(columns=["delivered_customer_date", "delivery_days_actual", "review_score"])
df = orders.merge(customers[["customer_id", "region_id", "customer_since"]], on="customer_id", how="left")
df = df.merge(regions[["region_id", "avg_transit_days", "hub_distance_km"]], on="region_id", how="left")
df = df.merge(sellers[["seller_id", "seller_since", "is_pro"]], on="seller_id", how="left")
df = df.sort_values("purchase_ts").reset_index(drop=True)

# ---- order history (only orders placed before this one) ----
df["cust_n_orders"] = df.groupby("customer_id").cumcount()
df["seller_n_orders"] = df.groupby("seller_id").cumcount()
# gap since the customer's previous order
prv = df.groupby("customer_id")["purchase_ts"].shift(1)
df["days_since_prev_order"] = (df["purchase_ts"] - prv).dt.days.fillna(-1)
# weight is missing for ~6% of products, carry forward the last known weight in the same category
df["product_weight_g"] = df.groupby("product_category")["product_weight_g"].ffill()

df["promised_days"] = (df["promised_delivery_date"] - df["purchase_ts"]).dt.days
df["customer_tenure"] = (df["purchase_ts"] - df["customer_since"]).dt.days
df["seller_tenure"] = (df["purchase_ts"] - df["seller_since"]).dt.days
df["hour"] = df["purchase_ts"].dt.hour
df["weekday"] = df["purchase_ts"].dt.weekday
df["boleto"] = (df["payment_type"] == "boleto").astype(int)

FEATURES = ["cust_n_orders", "seller_n_orders", "days_since_prev_order", "product_weight_g", "promised_days",
            "customer_tenure", "seller_tenure", "hour", "weekday", "boleto", "n_items", "price",
            "freight_value", "distance_km", "installments", "avg_transit_days", "hub_distance_km", "is_pro"]

# ---- split: Jan 2017 .. Apr 2018 | May 2018 .. ----
cut = pd.Timestamp("2018-05-01")
tr = df[df["purchase_ts"] < cut]
te = df[df["purchase_ts"] >= cut]
print("train", len(tr), "test", len(te))

clf = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_leaf_nodes=48,
                                     l2_regularization=0.5, random_state=7)
clf.fit(tr[FEATURES], tr["is_late"])
naive = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["is_late"])

for label, m in (("naive prior", naive), ("hist gbm", clf)):
    s = m.predict_proba(te[FEATURES])[:, 1]
    print("%-12s auc=%.4f  ap=%.4f" % (label, roc_auc_score(te["is_late"], s), average_precision_score(te["is_late"], s)))
