import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

orders = pd.read_csv("data/orders.csv", parse_dates=["order_ts"])
weather = pd.read_csv("data/weather_hourly.csv", parse_dates=["hour_ts"])

orders["hour_ts"] = orders["order_ts"].dt.floor("h")
prev_hour = weather.assign(hour_ts=weather["hour_ts"] + pd.Timedelta(hours=1))
orders = orders.merge(prev_hour[["hour_ts", "zone", "rain_mm", "temp_c"]],
                      left_on=["hour_ts", "pickup_zone"], right_on=["hour_ts", "zone"],
                      how="left").drop(columns=["zone"])

orders["hour"] = orders["order_ts"].dt.hour
orders["dow"] = orders["order_ts"].dt.dayofweek
orders["rush"] = orders["hour"].isin([12, 13, 19, 20]).astype(int)
orders["rain_flag"] = (orders["rain_mm"].fillna(0) > 0.5).astype(int)

FEATURE_GROUPS = {
    "order": ["distance_km", "n_items", "promised_min"],
    "time": ["hour", "dow", "rush"],
    "weather": ["rain_mm", "temp_c", "rain_flag"],
    "courier": ["courier_rating_before", "courier_rating_after", "courier_tenure_days"],
}
features = [c for group in FEATURE_GROUPS.values() for c in group]

orders = orders.sort_values("order_ts")
cut = orders["order_ts"].quantile(0.75)
tr = orders[orders["order_ts"] < cut]
te = orders[orders["order_ts"] >= cut]
te = te[~te["courier_id"].isin(tr["courier_id"])]

dtrain = xgb.DMatrix(tr[features], label=tr["delay_min"])
dtest = xgb.DMatrix(te[features])
params = {"objective": "reg:squarederror", "eta": 0.05, "max_depth": 6,
          "subsample": 0.8, "colsample_bytree": 0.8, "min_child_weight": 5}
booster = xgb.train(params, dtrain, num_boost_round=600)
pred = booster.predict(dtest)

mae = mean_absolute_error(te["delay_min"], pred)
rmse = np.sqrt(mean_squared_error(te["delay_min"], pred))
print(f"MAE {mae:.2f} min | RMSE {rmse:.2f} | R2 {r2_score(te['delay_min'], pred):.3f}")

gain = booster.get_score(importance_type="gain")
for group, cols in FEATURE_GROUPS.items():
    print(group, round(sum(gain.get(c, 0.0) for c in cols), 1))
