import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.metrics import accuracy_score



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


raw = pd.read_csv("train.csv", parse_dates=["timestamp"])
print(f"{len(raw):,} rows")
for _c in ["merchant_category", "channel", "device_type", "country"]:
    if _c in raw.columns:
        print(_c, raw[_c].nunique(), "levels; top:", raw[_c].value_counts().head(3).to_dict())
if "amount" in raw.columns:
    print("amount quantiles:", raw["amount"].quantile([0.5, 0.9, 0.99, 0.999]).round(2).to_dict())
print("duplicated rows:", int(raw.duplicated().sum()))
print(raw.isna().sum()[lambda s: s > 0])
raw["hour"] = raw["timestamp"].dt.hour
raw["weekend"] = (raw["timestamp"].dt.dayofweek >= 5).astype(int)
raw["geo_mismatch"] = (raw["ip_country"] != raw["card_country"]).astype(int)

numeric = ["amount", "hour", "weekend", "geo_mismatch", "customer_age"]
categorical = ["merchant_category", "channel", "device_type"]
X = raw[numeric + categorical]
y = raw["is_fraud"]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.3, stratify=y, random_state=4)

pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), categorical)], remainder="passthrough")
model = Pipeline([("pre", pre), ("rf", RandomForestClassifier(n_estimators=300, random_state=4, n_jobs=-1))])
model.fit(X_train, y_train)

majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("majority-class accuracy:", accuracy_score(y_val, majority.predict(X_val)))
print("random forest accuracy :", accuracy_score(y_val, model.predict(X_val)))
