# Card fraud take-home -- LightGBM with card risk history
import json
import warnings

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")

cfg = json.load(open("task.json"))
train = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])

print(train.shape, test.shape)
print(train["is_fraud"].value_counts())
print("cards:", train["card_id"].nunique(), "txn per card:", round(train.groupby("card_id").size().mean(), 1))

# cards that were hit before are likely to be hit again
card_stats = train.groupby("card_id")["is_fraud"].agg(card_fraud_rate="mean", card_fraud_count="sum")
train = train.merge(card_stats, on="card_id", how="left")
test = test.merge(card_stats, on="card_id", how="left")
test[["card_fraud_rate", "card_fraud_count"]] = test[["card_fraud_rate", "card_fraud_count"]].fillna(0)


def base_features(df):
    df = df.sort_values(["card_id", "timestamp"]).copy()
    g = df.groupby("card_id")
    df["gap_s"] = g["timestamp"].diff().dt.total_seconds().fillna(-1)
    df["txn_no"] = g.cumcount()
    df["amt_vs_prev_mean"] = (df["amount"] / g["amount"].transform(lambda s: s.shift().expanding().mean())).fillna(1)
    df["foreign"] = (df["merchant_country"] != df["card_country"]).astype(int)
    df["hour"] = df["timestamp"].dt.hour
    df["ecom"] = (df["channel"] == "ecom").astype(int)
    return df.sort_index()


train = base_features(train)
test = base_features(test)

FEATURES = ["amount", "gap_s", "txn_no", "amt_vs_prev_mean", "foreign", "hour", "ecom",
            "customer_age", "account_age_days", "card_fraud_rate", "card_fraud_count"]

X_train, X_valid, y_train, y_valid = train_test_split(
    train[FEATURES], train["is_fraud"], test_size=0.2, stratify=train["is_fraud"], random_state=31)

model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=31,
                           class_weight="balanced", random_state=31, verbose=-1)
model.fit(X_train, y_train)
pv = model.predict_proba(X_valid)[:, 1]

print("valid AP :", round(average_precision_score(y_valid, pv), 4))
print("valid AUC:", round(roc_auc_score(y_valid, pv), 4))
cut = np.quantile(pv, 0.98)
print("top 2%  precision:", round(precision_score(y_valid, pv >= cut), 3),
      "recall:", round(recall_score(y_valid, pv >= cut), 3))

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp)

model.fit(train[FEATURES], train["is_fraud"])
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
