import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score



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
df = df.sort_values(["card_id", "timestamp"])
g = df.groupby("card_id")
df["secs_since_prev"] = g["timestamp"].diff().dt.total_seconds().fillna(-1)
df["amt_vs_prev"] = (df["amount"] / g["amount"].shift().replace(0, np.nan)).fillna(1.0)
df["card_seq"] = g.cumcount()
df["hour"] = df["timestamp"].dt.hour
df["foreign"] = (df["country"] != df["card_country"]).astype(int)
FEATS = ["amount", "secs_since_prev", "amt_vs_prev", "card_seq", "hour", "foreign", "customer_age"]
spw = (df["is_fraud"] == 0).sum() / df["is_fraud"].sum()

X_rest, X_test, y_rest, y_test = train_test_split(df[FEATS], df["is_fraud"], test_size=0.2,
                                                  stratify=df["is_fraud"], random_state=13)
X_train, X_es, y_train, y_es = train_test_split(X_rest, y_rest, test_size=0.15,
                                                stratify=y_rest, random_state=13)

model = xgb.XGBClassifier(n_estimators=3000, learning_rate=0.03, max_depth=6, subsample=0.8,
                          colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr",
                          early_stopping_rounds=100)
model.fit(X_train, y_train, eval_set=[(X_es, y_es)], verbose=250)
print("best iteration:", model.best_iteration)

p = model.predict_proba(X_test)[:, 1]
print("prior-rate baseline AP:", y_test.mean())
print("test AP :", average_precision_score(y_test, p))
print("test AUC:", roc_auc_score(y_test, p))
