"""
Delivery duration model.

Couriers differ a lot, so to avoid the model memorising individual couriers I
evaluate with GroupKFold on courier_id: each fold scores couriers it never saw.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor

TARGET = "actual_delivery_minutes"
LEAKY = ["courier_rating_after_delivery"]

df = pd.read_csv("train.csv", parse_dates=["order_time"])
df = df.drop(columns=LEAKY)
df["hour"] = df["order_time"].dt.hour
df["minute_of_day"] = df["hour"] * 60 + df["order_time"].dt.minute
df["dow"] = df["order_time"].dt.dayofweek
df["speed_proxy"] = df["distance_km"] / (df["prep_time_est"].fillna(15) + 1)

NUM = ["distance_km", "prep_time_est", "minute_of_day", "speed_proxy"]
CAT = ["weather", "dow"]
X, y, groups = df[NUM + CAT], df[TARGET], df["courier_id"]

pre = make_column_transformer(
    (SimpleImputer(strategy="median"), NUM),
    (OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
)
model = make_pipeline(pre, HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05,
                                                         l2_regularization=1.0, random_state=0))
baseline = make_pipeline(pre, DummyRegressor(strategy="mean"))

gkf = GroupKFold(n_splits=5)
scores = {}
for name, est in [("baseline_mean", baseline), ("hgb", model)]:
    s = -cross_val_score(est, X, y, groups=groups, cv=gkf, scoring="neg_mean_absolute_error", n_jobs=-1)
    scores[name] = s
    print(f"{name:14s} MAE {s.mean():.2f} +/- {s.std():.2f}   folds: {np.round(s, 2)}")

gain = 1 - scores["hgb"].mean() / scores["baseline_mean"].mean()
print(f"relative MAE reduction vs baseline: {gain:.1%}")

model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["order_time"])
test["hour"] = test["order_time"].dt.hour
test["minute_of_day"] = test["hour"] * 60 + test["order_time"].dt.minute
test["dow"] = test["order_time"].dt.dayofweek
test["speed_proxy"] = test["distance_km"] / (test["prep_time_est"].fillna(15) + 1)
pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict(test[NUM + CAT])}).to_csv(
    "predictions.csv", index=False)
