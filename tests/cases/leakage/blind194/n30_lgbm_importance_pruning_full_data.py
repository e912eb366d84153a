# -*- coding: utf-8 -*-
"""
Fraud detection - LightGBM with feature pruning.
Step 1: rank features with a quick random forest, keep the top 20.
Step 2: LightGBM on the pruned set, evaluated on a 25% hold-out.
"""
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

warnings.filterwarnings("ignore")
np.random.seed(0)

TOP_K = 20

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def fe(df):
    df = df.copy()
    t = pd.to_datetime(df["transaction_time"])
    df["hour"] = t.dt.hour
    df["minute"] = t.dt.minute
    df["dow"] = t.dt.dayofweek
    df["dom"] = t.dt.day
    df["amount_log"] = np.log1p(df["amount"])
    df["amount_is_round"] = (df["amount"].round() == df["amount"]).astype(int)
    df["amount_bucket"] = pd.cut(df["amount"], bins=[-1, 10, 50, 100, 250, 1000, np.inf],
                                 labels=False)
    df = pd.get_dummies(df, columns=["merchant_category", "country", "device"], dtype=int)
    return df


train = fe(train)
test = fe(test)

exclude = {"transaction_id", "card_id", "merchant_id", "transaction_time",
           "chargeback_flag", "is_fraud"}
all_feats = [c for c in train.columns if c not in exclude]
test = test.reindex(columns=train.columns, fill_value=0)

X = train[all_feats].fillna(-1)
y = train["is_fraud"]

# ---- step 1: importance ranking ----
ranker = RandomForestClassifier(n_estimators=200, max_depth=10, n_jobs=-1,
                                class_weight="balanced", random_state=0)
ranker.fit(X, y)
ranking = pd.Series(ranker.feature_importances_, index=all_feats).sort_values(ascending=False)
print(ranking.head(TOP_K))
keep = list(ranking.index[:TOP_K])

# ---- step 2: LightGBM on pruned features ----
X_tr, X_te, y_tr, y_te = train_test_split(X[keep], y, test_size=0.25, stratify=y,
                                          random_state=0)

params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "min_data_in_leaf": 40,
    "scale_pos_weight": 5,
    "verbose": -1,
}
booster = lgb.train(params, lgb.Dataset(X_tr, y_tr), num_boost_round=500)

p = booster.predict(X_te)
print("ROC AUC:", round(roc_auc_score(y_te, p), 4))
print("PR AUC :", round(average_precision_score(y_te, p), 4))
print("F1@0.5 :", round(f1_score(y_te, (p > 0.5).astype(int)), 4))

# ---- submission ----
booster = lgb.train(params, lgb.Dataset(X[keep], y), num_boost_round=500)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": booster.predict(test[keep].fillna(-1))}).to_csv(
    "predictions.csv", index=False)
print("written predictions.csv")
