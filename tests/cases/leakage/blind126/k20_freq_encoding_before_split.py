import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

FREQ_COLS = ["merchant_id", "device_id", "merchant_category", "card_country"]

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
# quick look at the raw table
print(df.shape)
print(df.head(3).T)
print("null share:")
print(df.isna().mean().round(4).sort_values(ascending=False).head(8))
_num = df.select_dtypes(include="number")
print(_num.describe(percentiles=[0.01, 0.5, 0.99]).T)
print("memory MB:", round(df.memory_usage(deep=True).sum() / 1e6, 1))
print(df["is_fraud"].value_counts(normalize=True))

for col in FREQ_COLS:
    df[col + "_freq"] = df[col].map(df[col].value_counts(normalize=True))

df["hour"] = df["timestamp"].dt.hour
df["log_amount"] = np.log1p(df["amount"])
df["cross_border"] = (df["country"] != df["card_country"]).astype(int)
features = [c + "_freq" for c in FREQ_COLS] + ["hour", "log_amount", "cross_border", "customer_age"]

train_part, valid_part = train_test_split(df, test_size=0.2, stratify=df["is_fraud"], random_state=77)

model = CatBoostClassifier(iterations=800, depth=6, learning_rate=0.05, auto_class_weights="Balanced",
                           verbose=200, random_seed=77)
model.fit(train_part[features], train_part["is_fraud"])
score = model.predict_proba(valid_part[features])[:, 1]

prior_rate = train_part["is_fraud"].mean()
print("prior baseline AP:", average_precision_score(valid_part["is_fraud"], np.full(len(score), prior_rate)))
print("AP :", average_precision_score(valid_part["is_fraud"], score))
print("AUC:", roc_auc_score(valid_part["is_fraud"], score))
valid_part = valid_part.assign(score=score)
valid_part["day"] = valid_part["timestamp"].dt.date
daily = valid_part.sort_values("score", ascending=False).groupby("day").head(300)
print("precision of top-300/day:", daily["is_fraud"].mean())
