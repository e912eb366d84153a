import pandas as pd
import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OrdinalEncoder
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


df = pd.read_csv("train.csv")
# quick look at the raw table
print(df.shape)
print(df.head(3).T)
print("null share:")
print(df.isna().mean().round(4).sort_values(ascending=False).head(8))
_num = df.select_dtypes(include="number")
print(_num.describe(percentiles=[0.01, 0.5, 0.99]).T)
print("memory MB:", round(df.memory_usage(deep=True).sum() / 1e6, 1))
cat_cols = ["merchant_category", "channel", "device_type", "country", "card_country"]
num_cols = ["amount", "customer_age", "account_age_days", "distance_from_home_km"]

df[num_cols] = SimpleImputer(strategy="median").fit_transform(df[num_cols])
df[cat_cols] = OrdinalEncoder().fit_transform(df[cat_cols].fillna("missing"))
df["hour"] = pd.to_datetime(df["timestamp"]).dt.hour

X = df[cat_cols + num_cols + ["hour"]]
y = df["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

baseline = DecisionTreeClassifier(max_depth=2, random_state=3).fit(X_train, y_train)
print("baseline (depth-2 tree) accuracy:", accuracy_score(y_test, baseline.predict(X_test)))

gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, random_state=3)
gbm.fit(X_train, y_train)
print("GBM accuracy:", accuracy_score(y_test, gbm.predict(X_test)))
