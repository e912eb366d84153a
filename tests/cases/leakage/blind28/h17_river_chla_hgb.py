# Daily chlorophyll-a at the Hollin Bridge sonde, predicted from water chemistry.
import pandas as pd
import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

raw = pd.read_csv("hollin_bridge_daily.csv")
raw["date"] = pd.to_datetime(raw["date"], dayfirst=True)
wq = raw.sort_values("date").set_index("date").asfreq("D")

lab_cols = ["nitrate_mg_l", "srp_ug_l", "silica_mg_l"]   # weekly grab samples
sonde_cols = ["temp_c", "turbidity_ntu", "cond_us", "do_pct", "flow_m3s"]

# fill gaps between grab samples and sensor outages
wq[lab_cols] = wq[lab_cols].interpolate(method="time")
wq[sonde_cols] = wq[sonde_cols].interpolate(limit=3).bfill()

wq["chla_lag1"] = wq["chla_ug_l"].shift(1)
wq["chla_lag7"] = wq["chla_ug_l"].shift(7)
wq["temp_7d"] = wq["temp_c"].shift(1).rolling(7).mean()
wq["flow_change"] = wq["flow_m3s"].pct_change()
wq["doy_sin"] = np.sin(2 * np.pi * wq.index.dayofyear / 365.25)
wq["doy_cos"] = np.cos(2 * np.pi * wq.index.dayofyear / 365.25)

features = lab_cols + sonde_cols + ["chla_lag1", "chla_lag7", "temp_7d", "flow_change", "doy_sin", "doy_cos"]
wq = wq.dropna(subset=["chla_ug_l", "chla_lag1", "chla_lag7"])

train = wq.loc[:"2021-12-31"]
test = wq.loc["2022-01-01":]
print(f"train {train.index.min().date()}..{train.index.max().date()} n={len(train)}")
print(f"test  {test.index.min().date()}..{test.index.max().date()} n={len(test)}")

hgb = HistGradientBoostingRegressor(max_iter=500, learning_rate=0.03, max_leaf_nodes=15, random_state=0)
hgb.fit(train[features], train["chla_ug_l"])
pred = hgb.predict(test[features])

rmse = mean_squared_error(test["chla_ug_l"], pred) ** 0.5
print("HGB         MAE %.2f  RMSE %.2f" % (mean_absolute_error(test["chla_ug_l"], pred), rmse))

# persistence baseline: tomorrow looks like today
persist = test["chla_lag1"]
print("persistence baseline MAE %.2f  RMSE %.2f" % (mean_absolute_error(test["chla_ug_l"], persist),
                                           mean_squared_error(test["chla_ug_l"], persist) ** 0.5))
