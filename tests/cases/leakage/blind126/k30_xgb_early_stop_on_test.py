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
print(f"{len(df):,} rows")
for _c in ["merchant_category", "channel", "device_type", "country"]:
    if _c in df.columns:
        print(_c, df[_c].nunique(), "levels; top:", df[_c].value_counts().head(3).to_dict())
if "amount" in df.columns:
    print("amount quantiles:", df["amount"].quantile([0.5, 0.9, 0.99, 0.999]).round(2).to_dict())
print("duplicated rows:", int(df.duplicated().sum()))
print(df.isna().sum()[lambda s: s > 0])
df = df.sort_values(["card_id", "timestamp"])
g = df.groupby("card_id")
df["secs_since_prev"] = g["timestamp"].diff().dt.total_seconds().fillna(-1)
df["amt_vs_prev"] = (df["amount"] / g["amount"].shift().replace(0, np.nan)).fillna(1.0)
df["card_seq"] = g.cumcount()
df["hour"] = df["timestamp"].dt.hour
df["foreign"] = (df["country"] != df["card_country"]).astype(int)
FEATS = ["amount", "secs_since_prev", "amt_vs_prev", "card_seq", "hour", "foreign", "customer_age"]
spw = (df["is_fraud"] == 0).sum() / df["is_fraud"].sum()

X_train, X_test, y_train, y_test = train_test_split(df[FEATS], df["is_fraud"], test_size=0.2,
                                                    stratify=df["is_fraud"], random_state=13)

model = xgb.XGBClassifier(n_estimators=3000, learning_rate=0.03, max_depth=6, subsample=0.8,
                          colsample_bytree=0.8, scale_pos_weight=spw, eval_metric="aucpr",
                          early_stopping_rounds=100)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=250)
print("best iteration:", model.best_iteration)

p = model.predict_proba(X_test)[:, 1]
print("prior-rate baseline AP:", y_test.mean())
print("test AP :", average_precision_score(y_test, p))
print("test AUC:", roc_auc_score(y_test, p))
