import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

# ------------------------------------------------------------------ data
df = pd.read_csv("train.csv")
df["order_time"] = pd.to_datetime(df["order_time"])
df = df.sort_values("order_time").reset_index(drop=True)
sub = pd.read_csv("test.csv")
sub["order_time"] = pd.to_datetime(sub["order_time"])

for d in (df, sub):
    d["hour"] = d["order_time"].dt.hour
    d["weekday"] = d["order_time"].dt.weekday
    d["rain"] = d["weather"].isin(["rain", "storm"]).astype(int)
    d["prep_time_est"] = d["prep_time_est"].clip(lower=0, upper=120)

# ------------------------------------------------------------------ restaurant speed
# average delivery time per restaurant, smoothed towards the global mean
global_mean = df["actual_delivery_minutes"].mean()
stats = df.groupby("restaurant_id")["actual_delivery_minutes"].agg(["mean", "count"])
smooth = (stats["mean"] * stats["count"] + global_mean * 20) / (stats["count"] + 20)
for d in (df, sub):
    d["restaurant_avg_minutes"] = d["restaurant_id"].map(smooth).fillna(global_mean)

# ------------------------------------------------------------------ time split: first 85% of orders train
cut = df["order_time"].quantile(0.85)
train = df[df["order_time"] <= cut].copy()
test = df[df["order_time"] > cut].copy()

# courier workload: number of orders the courier had earlier that day (past orders only)
for d in (train, test, sub):
    d.sort_values("order_time", inplace=True)
    d["courier_orders_today"] = d.groupby([d["courier_id"], d["order_time"].dt.date]).cumcount()

features = ["distance_km", "prep_time_est", "hour", "weekday", "rain",
            "restaurant_avg_minutes", "courier_orders_today"]

train_X = train[features].fillna(train[features].median())
test_X = test[features].fillna(train[features].median())

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=10, max_features=0.6, n_jobs=-1, random_state=0)
rf.fit(train_X, train["actual_delivery_minutes"])

dummy = DummyRegressor(strategy="mean").fit(train_X, train["actual_delivery_minutes"])

mae_rf = mean_absolute_error(test["actual_delivery_minutes"], rf.predict(test_X))
mae_dummy = mean_absolute_error(test["actual_delivery_minutes"], dummy.predict(test_X))
print("MAE random forest:", round(mae_rf, 2))
print("MAE mean baseline:", round(mae_dummy, 2))
print("improvement: {:.1%}".format(1 - mae_rf / mae_dummy))

for name, imp in sorted(zip(features, rf.feature_importances_), key=lambda x: -x[1]):
    print(f"  {name:24s}{imp:.3f}")

sub_X = sub[features].fillna(train[features].median())
pd.DataFrame({"order_id": sub["order_id"], "prediction": rf.predict(sub_X)}).to_csv("predictions.csv", index=False)
