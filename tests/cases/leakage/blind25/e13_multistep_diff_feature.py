import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

H = 24  # forecast the load one day ahead

df = pd.read_csv("DOM_hourly.csv", parse_dates=["Datetime"])
df = df.drop_duplicates("Datetime").sort_values("Datetime").set_index("Datetime")
df = df.rename(columns={"DOM_MW": "load"}).asfreq("h")
df["load"] = df["load"].ffill()


def engineer(d):
    d = d.copy()
    d["hour"] = d.index.hour
    d["dow"] = d.index.dayofweek
    d["doy"] = d.index.dayofyear
    d["lag1"] = d["load"].shift(1)
    d["lag24"] = d["load"].shift(24)
    d["lag168"] = d["load"].shift(168)
    d["ramp"] = d["load"].diff(-1)
    d["ramp_pct"] = d["load"].pct_change(-1)
    d["mean_24"] = d["load"].rolling(24).mean()
    d["target"] = d["load"].shift(-H)
    return d.dropna()


data = engineer(df)
features = ["hour", "dow", "doy", "load", "lag1", "lag24", "lag168", "ramp", "ramp_pct", "mean_24"]

split_point = data.index[int(len(data) * 0.85)]
train = data[data.index < split_point - pd.Timedelta(hours=H)]
test = data[data.index >= split_point]

et = ExtraTreesRegressor(n_estimators=300, min_samples_leaf=4, n_jobs=-1, random_state=5)
et.fit(train[features], train["target"])
pred = et.predict(test[features])

mae = mean_absolute_error(test["target"], pred)
rmse = np.sqrt(mean_squared_error(test["target"], pred))
mape = (np.abs(test["target"] - pred) / test["target"]).mean() * 100
print(f"t+{H}h  MAE={mae:.1f}  RMSE={rmse:.1f}  MAPE={mape:.2f}%")
