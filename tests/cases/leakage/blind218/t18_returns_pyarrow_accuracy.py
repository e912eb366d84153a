"""Returns classifier -- pyarrow dataset + sklearn.

The orders are partitioned by month on disk (data/orders/month=YYYY-MM/...),
so I read them with pyarrow.dataset and filter the partitions I need.
"""
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

dataset = ds.dataset("data/orders", format="parquet", partitioning="hive")
print(dataset.schema)

COLS = ["order_id", "customer_id", "order_date", "customer_signup_date", "order_value", "n_items",
        "discount_pct", "is_gift", "n_size_variants", "category", "payment_method",
        "shipping_speed", "device", "returned"]

cutoff = pa.scalar(pd.Timestamp("2024-07-01"), type=pa.timestamp("us"))
train_tbl = dataset.to_table(columns=COLS, filter=ds.field("order_date") < cutoff)
test_tbl = dataset.to_table(columns=COLS, filter=ds.field("order_date") >= cutoff)

# keep only customers whose first order is after the cutoff on the test side
seen = pc.unique(train_tbl["customer_id"])
test_tbl = test_tbl.filter(pc.invert(pc.is_in(test_tbl["customer_id"], value_set=seen)))
print("train rows:", train_tbl.num_rows, "test rows:", test_tbl.num_rows)

train = train_tbl.to_pandas()
test = test_tbl.to_pandas()


def featurize(d: pd.DataFrame) -> pd.DataFrame:
    d = d.copy()
    d["tenure_days"] = (d["order_date"] - d["customer_signup_date"]).dt.days
    d["hour"] = d["order_date"].dt.hour
    d["bracketing"] = (d["n_size_variants"] > 1).astype(int)
    d["is_gift"] = d["is_gift"].astype(int)
    return d


train, test = featurize(train), featurize(test)
NUM = ["order_value", "n_items", "discount_pct", "is_gift", "n_size_variants", "tenure_days", "hour", "bracketing"]
CAT = ["category", "payment_method", "shipping_speed", "device"]

X_train, y_train = train[NUM + CAT], train["returned"].astype(int)
X_test, y_test = test[NUM + CAT], test["returned"].astype(int)

pre = ColumnTransformer([
    ("num", StandardScaler(), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])

candidates = {
    "most_frequent (baseline)": DummyClassifier(strategy="most_frequent"),
    "logistic regression": Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000))]),
    "gradient boosting": Pipeline([
        ("pre", ColumnTransformer([("num", "passthrough", NUM),
                                   ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)])),
        ("clf", HistGradientBoostingClassifier(max_iter=300, random_state=0)),
    ]),
}

print(f"\n{'model':28s} {'train acc':>10s} {'test acc':>10s}")
for name, model in candidates.items():
    model.fit(X_train, y_train)
    acc_tr = accuracy_score(y_train, model.predict(X_train))
    acc_te = accuracy_score(y_test, model.predict(X_test))
    print(f"{name:28s} {acc_tr:10.4f} {acc_te:10.4f}")

# errors by category for the boosting model
gb = candidates["gradient boosting"]
test["pred"] = gb.predict(X_test)
test["correct"] = (test["pred"] == test["returned"]).astype(int)
print(test.groupby("category")["correct"].mean().sort_values().head(10).round(3))
