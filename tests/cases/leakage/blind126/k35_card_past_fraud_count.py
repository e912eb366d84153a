"""Card-history features + LightGBM."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score


def card_history(df):
    df = df.sort_values(["card_id", "timestamp"]).copy()
    g = df.groupby("card_id")
    df["card_n_prev"] = g.cumcount()
    df["card_prev_frauds"] = g["is_fraud"].cumsum() - df["is_fraud"]
    df["card_prev_fraud_rate"] = (df["card_prev_frauds"] / df["card_n_prev"].replace(0, np.nan)).fillna(0)
    df["secs_since_prev"] = g["timestamp"].diff().dt.total_seconds().fillna(-1)
    return df


df = pd.read_csv("train.csv", parse_dates=["timestamp"])
# quick look at the raw table
print(df.shape)
print(df.head(3).T)
print("null share:")
print(df.isna().mean().round(4).sort_values(ascending=False).head(8))
_num = df.select_dtypes(include="number")
print(_num.describe(percentiles=[0.01, 0.5, 0.99]).T)
print("memory MB:", round(df.memory_usage(deep=True).sum() / 1e6, 1))
df = card_history(df)
df["hour"] = df["timestamp"].dt.hour
df["foreign"] = (df["country"] != df["card_country"]).astype(int)
features = ["amount", "hour", "foreign", "card_n_prev", "card_prev_frauds",
            "card_prev_fraud_rate", "secs_since_prev", "customer_age"]

X_tr, X_te, y_tr, y_te = train_test_split(df[features], df["is_fraud"], test_size=0.25,
                                          stratify=df["is_fraud"], random_state=31)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=31, is_unbalance=True, verbose=-1)
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]
print("dummy AP:", average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))
print("AP:", average_precision_score(y_te, p), "AUC:", roc_auc_score(y_te, p))
print(pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False))
