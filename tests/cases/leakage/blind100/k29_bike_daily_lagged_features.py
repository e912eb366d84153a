# Bike sharing (day.csv): next-day demand model with past-only features.
# Weather smoothing uses trailing windows (today and the 6 days before),
# demand lags are shifted so that a row only sees earlier days.

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

bike = pd.read_csv("day.csv", parse_dates=["dteday"]).sort_values("dteday").reset_index(drop=True)
print(bike.shape)
print(bike[["cnt", "casual", "registered"]].describe())

monthly = bike.set_index("dteday")["cnt"].resample("M").sum()
monthly.plot(kind="bar", figsize=(14, 4))
plt.tight_layout()
plt.savefig("monthly_rentals.png")
plt.close()

# trailing weather averages
bike["temp_tr7"] = bike["temp"].rolling(7, min_periods=1).mean()
bike["hum_tr3"] = bike["hum"].rolling(3, min_periods=1).mean()

# demand history (strictly before the current day)
bike["cnt_lag1"] = bike["cnt"].shift(1)
bike["cnt_lag7"] = bike["cnt"].shift(7)
bike["cnt_tr7"] = bike["cnt"].shift(1).rolling(7).mean()
bike["cnt_tr28"] = bike["cnt"].shift(1).rolling(28).mean()
bike = bike.dropna(subset=["cnt_lag7", "cnt_tr28"]).reset_index(drop=True)

features = ["season", "yr", "mnth", "holiday", "weekday", "workingday", "weathersit",
            "temp", "atemp", "hum", "windspeed", "temp_tr7", "hum_tr3",
            "cnt_lag1", "cnt_lag7", "cnt_tr7", "cnt_tr28"]

cut = pd.Timestamp("2012-10-01")
train = bike[bike["dteday"] < cut]
test = bike[bike["dteday"] >= cut]
print("train:", train["dteday"].min().date(), "->", train["dteday"].max().date())
print("test :", test["dteday"].min().date(), "->", test["dteday"].max().date())

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, random_state=1, n_jobs=-1)
rf.fit(train[features], train["cnt"])
pred = rf.predict(test[features])

naive = test["cnt_lag7"]  # baseline: same weekday one week earlier
print("naive baseline MAE :", round(mean_absolute_error(test["cnt"], naive), 1))
print("random forest MAE  :", round(mean_absolute_error(test["cnt"], pred), 1))
print("random forest MAPE :", round(mean_absolute_percentage_error(test["cnt"], pred), 4))

fig, ax = plt.subplots(figsize=(14, 4))
ax.plot(test["dteday"], test["cnt"], label="actual")
ax.plot(test["dteday"], pred, label="random forest")
ax.plot(test["dteday"], naive, label="naive", alpha=0.5)
ax.legend()
fig.savefig("test_period.png")

pd.DataFrame({"dteday": test["dteday"], "cnt": test["cnt"], "pred": pred}).to_csv("bike_test_predictions.csv", index=False)
