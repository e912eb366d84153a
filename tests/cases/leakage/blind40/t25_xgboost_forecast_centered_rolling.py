# Forecasting hourly bike demand with XGBoost
# ===========================================
#
# Data: UCI Bike Sharing, hourly file (hour.csv). The target is `cnt`, the number of rentals in the hour.
# `casual` and `registered` add up to `cnt`, so they are dropped.
#
# Feature ideas:
#   * calendar: hour, weekday, working day
#   * weather: temperature, humidity, wind, plus smoothed versions that remove sensor noise
#   * lags: demand 24 h and 168 h (one week) earlier

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("hour.csv")
df["timestamp"] = pd.to_datetime(df["dteday"]) + pd.to_timedelta(df["hr"], unit="h")
df = df.set_index("timestamp").sort_index()
df = df.drop(columns=["instant", "dteday", "casual", "registered"])


# Smoothed weather: a 24-hour window centred on the current hour removes the jitter of the sensors.

for col in ["temp", "hum", "windspeed"]:
    df[f"{col}_smooth"] = df[col].rolling(24, center=True, min_periods=1).mean()

df["lag_24"] = df["cnt"].shift(24)
df["lag_168"] = df["cnt"].shift(168)
df = df.dropna()

features = ["hr", "weekday", "workingday", "holiday", "weathersit", "season",
            "temp", "hum", "windspeed", "temp_smooth", "hum_smooth", "windspeed_smooth",
            "lag_24", "lag_168"]


# Train up to the end of September 2012, test on the last quarter.

train = df.loc[:"2012-09-30"]
test = df.loc["2012-10-01":]
X_train, y_train = train[features], train["cnt"]
X_test, y_test = test[features], test["cnt"]

model = xgb.XGBRegressor(n_estimators=600, learning_rate=0.05, max_depth=6,
                         subsample=0.8, colsample_bytree=0.8, random_state=0)
model.fit(X_train, y_train)
pred = model.predict(X_test)

baseline_pred = X_test["lag_168"]
print("seasonal naive baseline (same hour last week): MAE=%.1f RMSE=%.1f" % (
    mean_absolute_error(y_test, baseline_pred), mean_squared_error(y_test, baseline_pred) ** 0.5))
print("XGBoost                                       : MAE=%.1f RMSE=%.1f" % (
    mean_absolute_error(y_test, pred), mean_squared_error(y_test, pred) ** 0.5))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3).to_string())
