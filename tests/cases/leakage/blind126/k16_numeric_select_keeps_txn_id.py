import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, recall_score, precision_score



def describe_columns(frame):
    """Small helper used while exploring: type, nulls and cardinality per column."""
    rows = []
    for col in frame.columns:
        rows.append((col, str(frame[col].dtype), int(frame[col].isna().sum()), frame[col].nunique()))
    return pd.DataFrame(rows, columns=["column", "dtype", "nulls", "distinct"])


train = pd.read_csv("train.csv", parse_dates=["timestamp"])
print("rows:", len(train), "columns:", train.shape[1])
print(train.dtypes.value_counts())
print("missing values per column:")
print(train.isna().sum().sort_values(ascending=False).head(10))
print("distinct values:")
for _c in train.select_dtypes(include="object").columns:
    print(f"  {_c:22s} {train[_c].nunique():>8d}")
print(train.describe().T[["mean", "std", "min", "max"]])
train["hour"] = train["timestamp"].dt.hour
train["dow"] = train["timestamp"].dt.dayofweek
train["is_round_amount"] = (train["amount"] % 1 == 0).astype(int)
train["log_amount"] = np.log1p(train["amount"])

X = train.select_dtypes(include=[np.number]).drop(columns=["is_fraud", "chargeback_flag"])
y = train["is_fraud"]
print("features:", list(X.columns))

X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.25, stratify=y, random_state=2024)

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy AP", average_precision_score(y_ho, base.predict_proba(X_ho)[:, 1]))

et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3, class_weight="balanced", n_jobs=-1, random_state=1)
et.fit(X_tr, y_tr)
s = et.predict_proba(X_ho)[:, 1]
print("AP", average_precision_score(y_ho, s))
k = 300
top = np.argsort(-s)[:k]
print("precision@300", y_ho.to_numpy()[top].mean())
print("recall@0.5", recall_score(y_ho, s > 0.5), "precision@0.5", precision_score(y_ho, s > 0.5))
