"""
Prepayment take-home - CatBoost.
Train on snapshots before 2023-01, evaluate on 2023 snapshots.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

SPLIT_DATE = "2023-01-01"
CAT_COLS = ["state", "product", "payment_status"]


def load():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_month", "origination_month"])
    df = df.sort_values(["loan_id", "snapshot_month"]).reset_index(drop=True)
    df["spread"] = df["interest_rate"] - df["market_rate"]
    df["spread_lag3"] = df.groupby("loan_id")["spread"].shift(3)
    df["vintage_year"] = df["origination_month"].dt.year
    return df


def feature_frame(df):
    num = df.select_dtypes("number").drop(columns=["record_id", "loan_id", "prepaid_next_month"])
    return pd.concat([num, df[CAT_COLS].fillna("NA")], axis=1)


df = load()
print(df.shape, df["prepaid_next_month"].mean())
print(df.groupby(df["snapshot_month"].dt.year)["prepaid_next_month"].agg(["mean", "size"]))

X = feature_frame(df)
y = df["prepaid_next_month"]
print("features:", list(X.columns))

train_idx = df["snapshot_month"] < SPLIT_DATE
X_tr, X_te = X[train_idx], X[~train_idx]
y_tr, y_te = y[train_idx], y[~train_idx]
print(len(X_tr), len(X_te))

model = CatBoostClassifier(iterations=1500, learning_rate=0.03, depth=6, loss_function="Logloss",
                           auto_class_weights="SqrtBalanced", random_seed=0, verbose=200)
model.fit(X_tr, y_tr, cat_features=CAT_COLS)
p_te = model.predict_proba(X_te)[:, 1]

p_base = np.full(len(y_te), y_tr.mean())
print("baseline (train rate): logloss %.4f  AP %.4f" % (log_loss(y_te, p_base), average_precision_score(y_te, p_base)))
print("catboost:              logloss %.4f  AP %.4f  AUC %.4f" % (
    log_loss(y_te, p_te), average_precision_score(y_te, p_te), roc_auc_score(y_te, p_te)))

imp = model.get_feature_importance(prettified=True)
print(imp.head(15))
