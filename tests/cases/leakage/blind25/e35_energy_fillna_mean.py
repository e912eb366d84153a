import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error


class LoadDataset:
    """Half-hourly building load with weather, from the BMS export."""

    numeric = ["load_kw", "oat_c", "rh_pct", "ghi_wm2", "occupancy"]

    def __init__(self, path):
        self.path = path
        self.frame = None

    def read(self):
        df = pd.read_csv(self.path, parse_dates=["timestamp"])
        df = df.set_index("timestamp").sort_index()
        self.frame = df[self.numeric].resample("30min").mean()
        return self

    def clean(self):
        df = self.frame
        exog = [c for c in self.numeric if c != "load_kw"]
        df["load_kw"] = df["load_kw"].where(df["load_kw"] >= 0).ffill()
        df[exog] = df[exog].fillna(df[exog].mean())
        self.frame = df
        return self

    def features(self):
        df = self.frame.copy()
        df["hh"] = df.index.hour * 2 + df.index.minute // 30
        df["dow"] = df.index.dayofweek
        df["lag_1"] = df["load_kw"].shift(1)
        df["lag_48"] = df["load_kw"].shift(48)
        df["lag_336"] = df["load_kw"].shift(336)
        df["oat_lag_2"] = df["oat_c"].shift(2)
        df["load_mean_48"] = df["load_kw"].shift(1).rolling(48).mean()
        self.frame = df.dropna()
        return self


ds = LoadDataset("bms_export_2022_2023.csv").read().clean().features()
data = ds.frame

split_at = "2023-07-01"
train = data.loc[data.index < split_at]
test = data.loc[data.index >= split_at]
X_cols = ["hh", "dow", "oat_c", "rh_pct", "ghi_wm2", "occupancy", "lag_1", "lag_48", "lag_336",
          "oat_lag_2", "load_mean_48"]

rf = RandomForestRegressor(n_estimators=250, min_samples_leaf=4, max_features=0.7, n_jobs=-1, random_state=0)
rf.fit(train[X_cols], train["load_kw"])
pred = rf.predict(test[X_cols])

print("test rows", len(test))
print("MAE  %.2f kW" % mean_absolute_error(test["load_kw"], pred))
print("RMSE %.2f kW" % np.sqrt(mean_squared_error(test["load_kw"], pred)))
print("CV(RMSE) %.1f %%" % (100 * np.sqrt(mean_squared_error(test["load_kw"], pred)) / test["load_kw"].mean()))
