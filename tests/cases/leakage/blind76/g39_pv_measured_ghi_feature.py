"""PV output model using on-site pyranometer data.

The plant has a pyranometer and a module temperature sensor, which should be much more
accurate than NWP irradiance. Evaluated on the last two months against a clear-sky
scaled persistence baseline.
"""
import numpy as np
import pandas as pd
from pvlib.location import Location
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

CAPACITY_MW = 12.0

pv = pd.read_csv("train.csv", parse_dates=["timestamp"], index_col="timestamp").sort_index()
pv.index = pv.index.tz_localize("UTC")

loc = Location(48.14, 11.58, tz="UTC", altitude=520)
sp = loc.get_solarposition(pv.index)
cs = loc.get_clearsky(pv.index)

pv["cos_zenith"] = np.cos(np.radians(sp["apparent_zenith"])).clip(lower=0)
pv["cs_ghi"] = cs["ghi"]
pv["ghi_ratio_meas"] = (pv["ghi_measured_wm2"] / pv["cs_ghi"].where(pv["cs_ghi"] > 20)).fillna(0)
pv["temp_loss"] = 1 - 0.004 * (pv["module_temp_measured_c"] - 25)
pv["hour"] = pv.index.hour
pv["month"] = pv.index.month

X_COLS = ["cos_zenith", "cs_ghi", "ghi_measured_wm2", "ghi_fcst_wm2", "ghi_ratio_meas",
          "module_temp_measured_c", "temp_loss", "temp_fcst_c", "cloud_fcst_pct", "hour", "month"]

cut = pv.index.max() - pd.Timedelta(days=61)
train, test = pv[pv.index <= cut], pv[pv.index > cut]

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.8, random_state=0)
gbr.fit(train[X_COLS], train["pv_mwh"])
pred = np.clip(gbr.predict(test[X_COLS]), 0, CAPACITY_MW)

# baseline: yesterday's output rescaled by today's / yesterday's clear-sky irradiance
ratio = (pv["pv_mwh"].shift(24) / pv["cs_ghi"].shift(24).where(pv["cs_ghi"].shift(24) > 20)).fillna(0)
baseline = (ratio * pv["cs_ghi"]).clip(0, CAPACITY_MW).loc[test.index]

print(f"clear-sky persistence baseline MAE: {mean_absolute_error(test['pv_mwh'], baseline):.3f} MWh")
print(f"gradient boosting MAE:              {mean_absolute_error(test['pv_mwh'], pred):.3f} MWh")
print(f"nMAE (% of capacity):               {100 * mean_absolute_error(test['pv_mwh'], pred) / CAPACITY_MW:.2f}")
