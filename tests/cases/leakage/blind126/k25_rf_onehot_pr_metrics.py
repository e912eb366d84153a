import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.metrics import accuracy_score, average_precision_score, precision_score, recall_score

raw = pd.read_csv("train.csv", parse_dates=["timestamp"])
print("rows:", len(raw), "columns:", raw.shape[1])
print(raw.dtypes.value_counts())
print("missing values per column:")
print(raw.isna().sum().sort_values(ascending=False).head(10))
print("distinct values:")
for _c in raw.select_dtypes(include="object").columns:
    print(f"  {_c:22s} {raw[_c].nunique():>8d}")
print(raw.describe().T[["mean", "std", "min", "max"]])
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
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
proba = model.predict_proba(X_val)[:, 1]
print("prior baseline AP   :", average_precision_score(y_val, prior.predict_proba(X_val)[:, 1]))
print("random forest AP    :", average_precision_score(y_val, proba))
print("majority accuracy   :", accuracy_score(y_val, majority.predict(X_val)))
print("random forest acc   :", accuracy_score(y_val, proba > 0.5))
print("precision / recall  :", precision_score(y_val, proba > 0.3), recall_score(y_val, proba > 0.3))
