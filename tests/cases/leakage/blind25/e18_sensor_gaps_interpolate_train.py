"""Boiler house: predict hourly gas consumption from outdoor temperature and
flow sensors. The sensors drop out for a few hours at a time.

Gap filling: linear-in-time interpolation on the training period only; the
test period is forward-filled so that it only ever uses earlier readings.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.preprocessing import StandardScaler

SPLIT_AT = pd.Timestamp("2023-09-01")
SENSORS = ["outdoor_temp", "flow_rate", "return_temp", "supply_temp"]

raw = pd.read_csv("boiler_house_hourly.csv", parse_dates=["ts"], index_col="ts").sort_index()
raw = raw.asfreq("h")
print("missing share per column:\n", raw.isna().mean().round(3))

train_raw = raw.loc[raw.index < SPLIT_AT].copy()
test_raw = raw.loc[raw.index >= SPLIT_AT].copy()

train_raw[SENSORS + ["gas_m3"]] = train_raw[SENSORS + ["gas_m3"]].interpolate(method="time", limit=6)
test_raw[SENSORS] = test_raw[SENSORS].ffill(limit=6)

hist = pd.concat([train_raw, test_raw])


def build(frame):
    out = pd.DataFrame(index=frame.index)
    out["outdoor_temp"] = frame["outdoor_temp"]
    out["hdd"] = (18.0 - frame["outdoor_temp"]).clip(lower=0)
    out["flow_rate"] = frame["flow_rate"]
    out["delta_t"] = frame["supply_temp"] - frame["return_temp"]
    out["gas_lag1"] = frame["gas_m3"].shift(1)
    out["gas_lag24"] = frame["gas_m3"].shift(24)
    out["gas_mean24"] = frame["gas_m3"].shift(1).rolling(24).mean()
    out["hour_sin"] = np.sin(2 * np.pi * frame.index.hour / 24)
    out["hour_cos"] = np.cos(2 * np.pi * frame.index.hour / 24)
    out["weekend"] = (frame.index.dayofweek >= 5).astype(int)
    out["gas_m3"] = frame["gas_m3"]
    return out.dropna()


table = build(hist)
tr = table[table.index < SPLIT_AT]
te = table[table.index >= SPLIT_AT]
xcols = [c for c in table.columns if c != "gas_m3"]

scaler = StandardScaler()
Xtr = scaler.fit_transform(tr[xcols])
Xte = scaler.transform(te[xcols])

enet = ElasticNet(alpha=0.01, l1_ratio=0.3, max_iter=10000)
enet.fit(Xtr, tr["gas_m3"])
pred = enet.predict(Xte)

print(f"test hours: {len(te)}")
print(f"MAE  {mean_absolute_error(te['gas_m3'], pred):.3f} m3")
print(f"RMSE {np.sqrt(mean_squared_error(te['gas_m3'], pred)):.3f} m3")
print(pd.Series(enet.coef_, index=xcols).sort_values().round(3))
