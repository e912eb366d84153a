# Bike sharing demand - hourly rentals (Capital Bikeshare, 2011-2012)
# RandomForest on log1p(count), evaluated with RMSLE like the Kaggle leaderboard.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_log_error, r2_score

df = pd.read_csv("../input/bike-sharing-demand/train.csv")
print(df.shape)
print(df.head())
print(df.info())

df["datetime"] = pd.to_datetime(df["datetime"])
df = df.sort_values("datetime").reset_index(drop=True)
print("from", df["datetime"].min(), "to", df["datetime"].max())

# casual + registered == count, they can't be inputs
print((df["casual"] + df["registered"] == df["count"]).all())
df = df.drop(columns=["casual", "registered"])

# EDA
print(df.describe().T)
print(df.groupby(df["datetime"].dt.hour)["count"].mean().round(1))
print(df.groupby("season")["count"].mean().round(1))
print(df[["temp", "atemp", "humidity", "windspeed", "count"]].corr().round(2))

fig, ax = plt.subplots(1, 2, figsize=(14, 4))
sns.boxplot(x=df["datetime"].dt.hour, y=df["count"], ax=ax[0])
sns.histplot(np.log1p(df["count"]), ax=ax[1])
plt.tight_layout()
plt.show()

# date parts
df["hour"] = df["datetime"].dt.hour
df["weekday"] = df["datetime"].dt.dayofweek
df["month"] = df["datetime"].dt.month
df["year"] = df["datetime"].dt.year
df["dayofyear"] = df["datetime"].dt.dayofyear
df["rush_hour"] = (df["hour"].isin([7, 8, 17, 18, 19]) & (df["workingday"] == 1)).astype(int)
df["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)

# weather in the previous hours (the feed is hourly and ordered)
df["temp_prev_1h"] = df["temp"].shift(1)
df["humidity_prev_1h"] = df["humidity"].shift(1)
df["weather_prev_3h"] = df["weather"].shift(1).rolling(3).mean()
df["wind_prev_3h"] = df["windspeed"].shift(1).rolling(3).mean()
df["temp_change"] = df["temp"] - df["temp_prev_1h"]
df = df.dropna().reset_index(drop=True)

# windspeed has lots of zeros (sensor dropouts) - just flag them
df["wind_zero"] = (df["windspeed"] == 0).astype(int)

features = [
    "season", "holiday", "workingday", "weather", "temp", "atemp", "humidity",
    "windspeed", "wind_zero", "hour", "weekday", "month", "year", "dayofyear",
    "rush_hour", "night", "temp_prev_1h", "humidity_prev_1h", "weather_prev_3h",
    "wind_prev_3h", "temp_change",
]
X = df[features]
y = np.log1p(df["count"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print(X_train.shape, X_test.shape)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=2, max_features=0.6,
                           n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

pred_log = rf.predict(X_test)
pred = np.expm1(pred_log).clip(0)
actual = np.expm1(y_test)

print("RMSLE:", round(np.sqrt(mean_squared_log_error(actual, pred)), 4))
print("MAE  :", round(mean_absolute_error(actual, pred), 2))
print("R2   :", round(r2_score(actual, pred), 4))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))
imp.head(12).plot.barh(figsize=(6, 5))
plt.gca().invert_yaxis()
plt.show()
