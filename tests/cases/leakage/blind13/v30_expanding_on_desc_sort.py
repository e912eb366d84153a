# Daily gas consumption of a district heating network
# consumption.csv: date, gas_mwh, temp_mean, wind, is_holiday

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error

gas = pd.read_csv("consumption.csv", parse_dates=["date"])
gas = gas.sort_values("date", ascending=False).reset_index(drop=True)   # newest first, easier to eyeball
print(gas.head(10))

# heating degree days and smoothed temperature
gas["hdd"] = np.clip(15.5 - gas["temp_mean"], 0, None)
gas["hdd_ewm"] = gas["hdd"].ewm(alpha=0.3).mean()
gas["temp_expanding_mean"] = gas["temp_mean"].expanding().mean()
gas["temp_anom"] = gas["temp_mean"] - gas["temp_expanding_mean"]
gas["wind_chill"] = gas["wind"] * gas["hdd"]
gas["dow"] = gas["date"].dt.dayofweek

# back to chronological order for the lags
gas = gas.sort_values("date").reset_index(drop=True)
gas["gas_prev"] = gas["gas_mwh"].shift(1)
gas["gas_prev_roll7"] = gas["gas_mwh"].shift(1).rolling(7).mean()
gas = gas.dropna()

features = ["hdd", "hdd_ewm", "temp_anom", "gas_prev", "gas_prev_roll7", "wind_chill", "dow", "is_holiday"]
train = gas[gas["date"] < "2023-10-01"]
test = gas[gas["date"] >= "2023-10-01"]
print(len(train), len(test))

model = make_pipeline(StandardScaler(), RidgeCV(alphas=np.logspace(-3, 3, 25)))
model.fit(train[features], train["gas_mwh"])
pred = model.predict(test[features])
print("test MAE (MWh):", round(mean_absolute_error(test["gas_mwh"], pred), 2))
print("coef:", dict(zip(features, model[-1].coef_.round(2))))

plt.figure(figsize=(11, 3))
plt.plot(test["date"], test["gas_mwh"], label="actual")
plt.plot(test["date"], pred, label="ridge")
plt.legend()
plt.savefig("gas_test.png")
