"""Hotel booking demand: cancellation model with LightGBM.

Categoricals go in as pandas 'category' dtype, LightGBM handles them natively.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss, accuracy_score, f1_score

TARGET = "is_canceled"
DROP = ["reservation_status", "reservation_status_date", "company", TARGET]
CATS = ["hotel", "arrival_date_month", "meal", "country", "market_segment", "distribution_channel",
        "reserved_room_type", "deposit_type", "customer_type", "agent"]


def prepare(df):
    df = df.copy()
    df["children"] = df["children"].fillna(0)
    df["agent"] = df["agent"].fillna(0).astype(int).astype(str)
    df["country"] = df["country"].fillna("NA")
    df["total_stay"] = df["stays_in_weekend_nights"] + df["stays_in_week_nights"]
    df["weekend_share"] = df["stays_in_weekend_nights"] / df["total_stay"].replace(0, np.nan)
    df["kids"] = df["children"] + df["babies"]
    df["adr_per_person"] = df["adr"] / (df["adults"] + df["kids"]).replace(0, np.nan)
    df["has_special_requests"] = (df["total_of_special_requests"] > 0).astype(int)
    for c in CATS:
        df[c] = df[c].astype("category")
    return df


bookings = prepare(pd.read_csv("data/hotel_bookings.csv"))
# the assigned room is only known at check-in, keep the reserved one
bookings = bookings.drop(columns=["assigned_room_type"])
features = [c for c in bookings.columns if c not in DROP]
print(len(features), "features")

X_train, X_test, y_train, y_test = train_test_split(
    bookings[features], bookings[TARGET], test_size=0.2, stratify=bookings[TARGET], random_state=99
)

params = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 63,
    "min_child_samples": 30,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "cat_smooth": 20,
    "verbose": -1,
    "seed": 99,
}

dtrain = lgb.Dataset(X_train, label=y_train, categorical_feature=CATS)
dtest = lgb.Dataset(X_test, label=y_test, reference=dtrain)

evals = {}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "test"],
    callbacks=[lgb.early_stopping(stopping_rounds=200), lgb.log_evaluation(250),
               lgb.record_evaluation(evals)],
)
print("best iteration:", booster.best_iteration)

proba = booster.predict(X_test, num_iteration=booster.best_iteration)
pred = (proba > 0.5).astype(int)
print(f"test AUC      {roc_auc_score(y_test, proba):.4f}")
print(f"test logloss  {log_loss(y_test, proba):.4f}")
print(f"test accuracy {accuracy_score(y_test, pred):.4f}")
print(f"test F1       {f1_score(y_test, pred):.4f}")

plt.plot(evals["train"]["binary_logloss"], label="train")
plt.plot(evals["test"]["binary_logloss"], label="test")
plt.axvline(booster.best_iteration, ls="--", c="k")
plt.legend(); plt.title("learning curve")
plt.show()

lgb.plot_importance(booster, importance_type="gain", max_num_features=25, figsize=(8, 8))
plt.show()
