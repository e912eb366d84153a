# Spain hourly electricity demand - LightGBM with calendar + weather features
# data: "Hourly energy demand generation and weather" (energy_dataset.csv, weather_features.csv)
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

energy = pd.read_csv("../input/energy-consumption-generation-prices-and-weather/energy_dataset.csv")
weather = pd.read_csv("../input/energy-consumption-generation-prices-and-weather/weather_features.csv")

energy["time"] = pd.to_datetime(energy["time"], utc=True)
weather["dt_iso"] = pd.to_datetime(weather["dt_iso"], utc=True)
madrid = weather[weather["city_name"] == "Madrid"].drop_duplicates("dt_iso")
madrid = madrid[["dt_iso", "temp", "humidity", "wind_speed", "clouds_all", "pressure"]]

df = energy[["time", "total load actual"]].merge(madrid, left_on="time", right_on="dt_iso", how="inner")
df = df.drop(columns="dt_iso").rename(columns={"total load actual": "load"})
df = df.dropna(subset=["load"]).sort_values("time").reset_index(drop=True)
df["temp"] = df["temp"] - 273.15
print(df.shape, df["time"].min(), df["time"].max())

# calendar
df["hour"] = df["time"].dt.hour
df["dow"] = df["time"].dt.dayofweek
df["month"] = df["time"].dt.month
df["is_weekend"] = (df["dow"] >= 5).astype(int)

# weather dynamics: only observations up to the hour being predicted
df["temp_prev_hour"] = df["temp"].shift(1)
df["temp_prev_3h"] = df["temp"].shift(3)
df["temp_delta"] = df["temp"] - df["temp_prev_hour"]
df["cooling_degree"] = (df["temp"] - 22).clip(lower=0)
df["heating_degree"] = (15 - df["temp"]).clip(lower=0)

features = ["hour", "dow", "month", "is_weekend", "temp", "humidity", "wind_speed", "clouds_all",
            "pressure", "temp_prev_hour", "temp_prev_3h", "temp_delta", "cooling_degree", "heating_degree"]
df = df.dropna(subset=features)

cutoff = pd.Timestamp("2018-01-01", tz="UTC")
train = df[df["time"] < cutoff]
test = df[df["time"] >= cutoff]
print("train", train["time"].min().date(), "->", train["time"].max().date(), len(train))
print("test ", test["time"].min().date(), "->", test["time"].max().date(), len(test))

model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.02, num_leaves=63,
                          colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)
model.fit(train[features], train["load"])
pred = model.predict(test[features])

naive = np.full(len(test), train["load"].mean())  # baseline: average training load
print(f"MAE  {mean_absolute_error(test['load'], pred):,.0f} MW  (baseline {mean_absolute_error(test['load'], naive):,.0f} MW)")
print(f"MAPE {mean_absolute_percentage_error(test['load'], pred) * 100:.2f} %"
      f"  (baseline {mean_absolute_percentage_error(test['load'], naive) * 100:.2f} %)")

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp)

out = test[["time", "load"]].assign(pred=pred)
out.to_csv("load_forecast_2018.csv", index=False)
