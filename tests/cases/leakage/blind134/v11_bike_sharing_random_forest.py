# Bike Sharing Demand (Kaggle) - random forest on log counts
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_log_error


def rmsle(y_true, y_pred):
    return np.sqrt(mean_squared_log_error(y_true, np.clip(y_pred, 0, None)))


df = pd.read_csv("bike-sharing-demand/train.csv", parse_dates=["datetime"])
df = df.sort_values("datetime").reset_index(drop=True)
print(df.shape, df["datetime"].min(), df["datetime"].max())

# calendar features
df["hour"] = df["datetime"].dt.hour
df["weekday"] = df["datetime"].dt.weekday
df["month"] = df["datetime"].dt.month
df["year"] = df["datetime"].dt.year
df["rush_hour"] = df["hour"].isin([7, 8, 17, 18, 19]).astype(int) * df["workingday"]

# weather of the previous hour (rows are hourly and sorted)
df["temp_prev"] = df["temp"].shift(1)
df["humidity_prev"] = df["humidity"].shift(1)
df["weather_prev"] = df["weather"].shift(1)
df = df.dropna().reset_index(drop=True)

# casual + registered == count, so they must not be used as inputs
features = ["season", "holiday", "workingday", "weather", "temp", "atemp", "humidity",
            "windspeed", "hour", "weekday", "month", "year", "rush_hour",
            "temp_prev", "humidity_prev", "weather_prev"]
X = df[features]
y = np.log1p(df["count"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
print("Dummy RMSLE:", round(rmsle(np.expm1(y_test), np.expm1(dummy.predict(X_test))), 4))

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
pred = np.expm1(rf.predict(X_test))
print("RandomForest RMSLE:", round(rmsle(np.expm1(y_test), pred), 4))

importances = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(importances.round(3).to_string())
