# -----------------------------------------------------------------------------
# Order-line return prediction
# requirements: pandas, numpy, scikit-learn
# run:          python y40_ecommerce_returns_customer_overlap.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - orders.csv is an export of the returns warehouse table, one row per order line
#   - metrics go to stdout; artefacts to results/y40_ecommerce_returns_customer_overlap.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Online fashion retailer: predict whether an order line will be returned.

orders.csv: order_id, customer_id, product_category, price, discount_pct,
size, n_items_in_order, payment_method, device, returned
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

orders = pd.read_csv("orders.csv")
print(orders.shape)
print("return rate:", round(orders["returned"].mean(), 3))

lines_per_customer = orders.groupby("customer_id")["order_id"].nunique()
print("orders per customer (describe):")
print(lines_per_customer.describe())

CAT = ["product_category", "size", "payment_method", "device"]
NUM = ["price", "discount_pct", "n_items_in_order"]

orders["is_sale"] = (orders["discount_pct"] > 0).astype(int)
orders["log_price"] = np.log1p(orders["price"])
NUM += ["is_sale", "log_price"]

X = orders[CAT + NUM]
y = orders["returned"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=4, stratify=y)

prep = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)],
                         remainder="passthrough")
model = Pipeline([("prep", prep),
                  ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=10,
                                                n_jobs=-1, random_state=4))])
model.fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("PR AUC :", round(average_precision_score(y_test, proba), 4))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(model, "results/y40_ecommerce_returns_customer_overlap.joblib")
with open("results/y40_ecommerce_returns_customer_overlap.json", "w") as fh:
    json.dump({"script": "y40_ecommerce_returns_customer_overlap", "n_rows": int(len(orders))}, fh, indent=2)
print("saved results/y40_ecommerce_returns_customer_overlap.json")
