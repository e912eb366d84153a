# -----------------------------------------------------------------------------
# Order-line return prediction
# requirements: pandas, numpy, scikit-learn
# run:          python y41_ecommerce_returns_group_kfold.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - orders.csv is an export of the returns warehouse table, one row per order line
#   - metrics go to stdout; artefacts to results/y41_ecommerce_returns_group_kfold.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Order-line return prediction, evaluated on customers the model has never seen.

Customers place many orders, so folds are built on customer_id with
GroupKFold. A prior-rate DummyClassifier is the reference.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

orders = pd.read_csv("orders.csv")
print("customers:", orders["customer_id"].nunique(),
      "| mean lines per customer:", round(orders.groupby("customer_id").size().mean(), 2))

CAT = ["product_category", "size", "payment_method", "device"]
NUM = ["price", "discount_pct", "n_items_in_order"]
X = orders[CAT + NUM]
y = orders["returned"]
groups = orders["customer_id"]

model = Pipeline([
    ("prep", ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)],
                               remainder="passthrough")),
    ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=10,
                                  n_jobs=-1, random_state=4)),
])

gkf = GroupKFold(n_splits=5)
for name, est in [("dummy", DummyClassifier(strategy="prior")), ("rf", model)]:
    auc = cross_val_score(est, X, y, groups=groups, cv=gkf, scoring="roc_auc")
    ap = cross_val_score(est, X, y, groups=groups, cv=gkf, scoring="average_precision")
    print(f"{name:6s} AUC {auc.mean():.4f} +/- {auc.std():.4f} | AP {ap.mean():.4f}")


# ---------------------------------------------------------------- save artefacts
import json
import os

os.makedirs("results", exist_ok=True)
with open("results/y41_ecommerce_returns_group_kfold.json", "w") as fh:
    json.dump({"script": "y41_ecommerce_returns_group_kfold", "n_rows": int(len(orders))}, fh, indent=2)
print("saved results/y41_ecommerce_returns_group_kfold.json")
