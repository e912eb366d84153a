# Delivery ETA take-home
# ----------------------
# predict delivery_minutes for each delivery in deliveries_test.csv
# approach: sklearn pipeline (one-hot + gradient boosting), 80/20 holdout, compare vs baseline

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

df = pd.read_csv("deliveries_train.csv", parse_dates=["dispatched_at"])
test = pd.read_csv("deliveries_test.csv", parse_dates=["dispatched_at"])
couriers = pd.read_csv("couriers.csv", parse_dates=["joined_date"])

print(df.shape)
print(df.isna().sum()[df.isna().sum() > 0])

# outliers: a handful of deliveries > 4h are cancelled/re-dispatched orders, drop them from training
df = df[df["delivery_minutes"].between(3, 240)].copy()


def add_features(d):
    d = d.merge(couriers[["courier_id", "vehicle_type", "joined_date"]], on="courier_id", how="left")
    d["hour"] = d["dispatched_at"].dt.hour
    d["weekday"] = d["dispatched_at"].dt.weekday
    d["month"] = d["dispatched_at"].dt.month
    d["tenure_days"] = (d["dispatched_at"] - d["joined_date"]).dt.days
    d["lunch"] = d["hour"].between(11, 14).astype(int)
    d["dinner"] = d["hour"].between(18, 21).astype(int)
    d["km_x_traffic"] = d["haversine_km"] * d["traffic_index"]
    d["heavy_order"] = (d["n_items"] >= 6).astype(int)
    return d


df = add_features(df)
test = add_features(test)

cat_cols = ["zone", "weather", "vehicle_type"]
num_cols = ["haversine_km", "n_items", "order_value", "traffic_index", "courier_rating",
            "hour", "weekday", "month", "tenure_days", "lunch", "dinner", "km_x_traffic", "heavy_order"]

X = df[cat_cols + num_cols]
y = df["delivery_minutes"]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)

preprocess = ColumnTransformer([
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat_cols),
    ("num", SimpleImputer(strategy="median"), num_cols),
])

model = Pipeline([
    ("prep", preprocess),
    ("gbr", HistGradientBoostingRegressor(loss="absolute_error", max_iter=600, learning_rate=0.05,
                                          max_leaf_nodes=48, min_samples_leaf=30, random_state=42)),
])

baseline = DummyRegressor(strategy="median")
baseline.fit(X_train, y_train)
model.fit(X_train, y_train)

for name, est in [("baseline (median)", baseline), ("gradient boosting", model)]:
    p = est.predict(X_val)
    print(f"{name:20s}  MAE={mean_absolute_error(y_val, p):.2f} min   R2={r2_score(y_val, p):.3f}")

# error by distance band, to see where we're weak
val = X_val.copy()
val["err"] = np.abs(y_val - model.predict(X_val))
print(val.groupby(pd.cut(val["haversine_km"], [0, 1, 2, 4, 8, 50]), observed=True)["err"].mean())

model.fit(X, y)
out = pd.DataFrame({"delivery_id": test["delivery_id"], "prediction": model.predict(test[cat_cols + num_cols])})
out.to_csv("predictions.csv", index=False)
print(out.head())
