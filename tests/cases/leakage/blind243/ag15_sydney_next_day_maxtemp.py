"""Next-day maximum temperature for Sydney from the weatherAUS data set.

Kaggle: jsphyg/weather-dataset-rattle-package (weatherAUS.csv)
Model: random forest on today's observations + smoothed humidity/pressure.
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("weatherAUS.csv")
df = df[df["Location"] == "Sydney"].copy()
df["Date"] = pd.to_datetime(df["Date"])
df = df.sort_values("Date").set_index("Date")
print("Sydney rows:", len(df), df.index.min().date(), "->", df.index.max().date())

cols = ["MinTemp", "MaxTemp", "Rainfall", "Sunshine", "WindGustSpeed",
        "Humidity9am", "Humidity3pm", "Pressure9am", "Pressure3pm", "Cloud3pm", "Temp3pm"]
df = df[cols]
print(df.isna().sum())
df = df.ffill()   # sensor gaps: carry the last reading forward

# target: tomorrow's max temperature
df["MaxTemp_tomorrow"] = df["MaxTemp"].shift(-1)

# lags of the temperature
df["MaxTemp_lag1"] = df["MaxTemp"].shift(1)
df["MaxTemp_lag2"] = df["MaxTemp"].shift(2)
df["temp_change"] = df["MaxTemp"] - df["MaxTemp_lag1"]

# the raw humidity / pressure series are noisy -> smooth them over a week
for c in ["Humidity3pm", "Pressure3pm", "Cloud3pm"]:
    df[f"{c}_smooth7"] = df[c].rolling(7, center=True, min_periods=3).mean()

df["doy_sin"] = np.sin(2 * np.pi * df.index.dayofyear / 365.25)
df["doy_cos"] = np.cos(2 * np.pi * df.index.dayofyear / 365.25)
df = df.dropna()

features = [c for c in df.columns if c != "MaxTemp_tomorrow"]
train = df[df.index < "2015-01-01"]
test = df[df.index >= "2015-01-01"]
print("train:", train.shape, "test:", test.shape)

# persistence baseline: tomorrow will be like today
persist = test["MaxTemp"]
print("persistence baseline  MAE %.2f  RMSE %.2f" % (
    mean_absolute_error(test["MaxTemp_tomorrow"], persist),
    np.sqrt(mean_squared_error(test["MaxTemp_tomorrow"], persist))))

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, max_features=0.5, n_jobs=-1, random_state=0)
rf.fit(train[features], train["MaxTemp_tomorrow"])
pred = rf.predict(test[features])
print("random forest         MAE %.2f  RMSE %.2f" % (
    mean_absolute_error(test["MaxTemp_tomorrow"], pred),
    np.sqrt(mean_squared_error(test["MaxTemp_tomorrow"], pred))))

print(pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False).head(8))
