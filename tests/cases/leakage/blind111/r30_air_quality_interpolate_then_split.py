"""UCI Air Quality - estimate hourly CO(GT) from the metal-oxide sensors.

The reference analyser has many gaps (-200), the series is filled before modelling.
Train on the first 80% of the hours, test on the last 20%.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

aq = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",")
aq = aq.dropna(axis=1, how="all").dropna(axis=0, how="all")
aq["datetime"] = pd.to_datetime(aq["Date"] + " " + aq["Time"], format="%d/%m/%Y %H.%M.%S")
aq = aq.drop(columns=["Date", "Time", "NMHC(GT)"]).set_index("datetime").sort_index()
aq = aq.replace(-200, np.nan)
print(aq.shape)
print(aq.isnull().mean().round(3))

aq["CO(GT)"].plot(figsize=(14, 4), title="CO(GT) raw")
plt.savefig("co_raw.png")

# fill the gaps along the time axis
aq = aq.interpolate(method="time").bfill()

aq["hour"] = aq.index.hour
aq["dow"] = aq.index.dayofweek
aq["co_lag1"] = aq["CO(GT)"].shift(1)
aq["co_lag24"] = aq["CO(GT)"].shift(24)
aq = aq.dropna()

sensor_cols = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)",
               "T", "RH", "AH"]
features = sensor_cols + ["hour", "dow", "co_lag1", "co_lag24"]

n_train = int(len(aq) * 0.8)
train, test = aq.iloc[:n_train], aq.iloc[n_train:]
X_train, y_train = train[features], train["CO(GT)"]
X_test, y_test = test[features], test["CO(GT)"]
print("train", train.index.min(), "->", train.index.max())
print("test ", test.index.min(), "->", test.index.max())

# persistence baseline: CO one hour ago
persist = X_test["co_lag1"]
print(f"persistence MAE={mean_absolute_error(y_test, persist):.3f}")

for name, model in [("linreg", LinearRegression()),
                    ("rf", RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0))]:
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"{name:7s} MAE={mean_absolute_error(y_test, pred):.3f} "
          f"RMSE={np.sqrt(mean_squared_error(y_test, pred)):.3f} R2={r2_score(y_test, pred):.3f}")

fig, ax = plt.subplots(figsize=(14, 4))
ax.plot(y_test.index[:24 * 7], y_test.values[:24 * 7], label="actual")
ax.plot(y_test.index[:24 * 7], pred[:24 * 7], label="rf")
ax.legend()
fig.savefig("co_test_week.png")
