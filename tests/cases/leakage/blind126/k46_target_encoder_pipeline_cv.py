import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import TargetEncoder



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


df = pd.read_csv("train.csv", parse_dates=["timestamp"])
print("rows:", len(df), "columns:", df.shape[1])
print(df.dtypes.value_counts())
print("missing values per column:")
print(df.isna().sum().sort_values(ascending=False).head(10))
print("distinct values:")
for _c in df.select_dtypes(include="object").columns:
    print(f"  {_c:22s} {df[_c].nunique():>8d}")
print(df.describe().T[["mean", "std", "min", "max"]])
df["hour"] = df["timestamp"].dt.hour
df["log_amount"] = np.log1p(df["amount"])
df["foreign"] = (df["country"] != df["card_country"]).astype(int)

high_card = ["merchant_id", "merchant_category", "device_type"]
numeric = ["log_amount", "hour", "foreign", "customer_age", "account_age_days"]
X = df[high_card + numeric]
y = df["is_fraud"]

pre = ColumnTransformer([("te", TargetEncoder(target_type="binary", smooth="auto"), high_card)],
                        remainder="passthrough")
model = Pipeline([("pre", pre), ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05))])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["average_precision", "roc_auc"]

for name, est in [("prior baseline", DummyClassifier(strategy="prior")), ("target-enc HGB", model)]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    print(f"{name:16s} AP={res['test_average_precision'].mean():.4f}  AUC={res['test_roc_auc'].mean():.4f}")
