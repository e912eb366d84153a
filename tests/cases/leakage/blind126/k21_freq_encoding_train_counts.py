import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score

FREQ_COLS = ["merchant_id", "device_id", "merchant_category", "card_country"]


class FrequencyEncoder:
    def fit(self, frame):
        self.maps_ = {c: frame[c].value_counts(normalize=True) for c in FREQ_COLS}
        return self

    def transform(self, frame):
        out = frame.copy()
        for c, m in self.maps_.items():
            out[c + "_freq"] = out[c].map(m).fillna(0.0)
        return out


df = pd.read_csv("train.csv", parse_dates=["timestamp"])
print(df["is_fraud"].value_counts(normalize=True))
df["hour"] = df["timestamp"].dt.hour
df["log_amount"] = np.log1p(df["amount"])
df["cross_border"] = (df["country"] != df["card_country"]).astype(int)
features = [c + "_freq" for c in FREQ_COLS] + ["hour", "log_amount", "cross_border", "customer_age"]

train_part, valid_part = train_test_split(df, test_size=0.2, stratify=df["is_fraud"], random_state=77)
enc = FrequencyEncoder().fit(train_part)
train_part, valid_part = enc.transform(train_part), enc.transform(valid_part)

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
