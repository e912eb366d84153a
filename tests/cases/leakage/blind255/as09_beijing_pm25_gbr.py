#!/usr/bin/env python
# Beijing PM2.5 hourly forecasting (UCI dataset PRSA_data_2010.1.1-2014.12.31.csv)
# goal: predict pm2.5 for the current hour from weather + previous hours

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_val_score

DATA = "data/PRSA_data_2010.1.1-2014.12.31.csv"

df = pd.read_csv(DATA)
df["datetime"] = pd.to_datetime(df[["year", "month", "day", "hour"]])
df = df.set_index("datetime").sort_index()
df = df.drop(columns=["No"])
print(df.shape)
print(df.isna().sum())

# pm2.5 has ~2000 missing hours -> drop those rows for the target
df = df[df["pm2.5"].notna()].copy()

# wind direction one-hot (cbwd = combined wind dir)
df = pd.get_dummies(df, columns=["cbwd"], prefix="wd")

# lag features
df["pm_lag1"] = df["pm2.5"].shift(1)
df["pm_lag2"] = df["pm2.5"].shift(2)
df["pm_lag24"] = df["pm2.5"].shift(24)
df["pm_roll6"] = df["pm2.5"].shift(1).rolling(6).mean()
df["dewp_diff"] = df["DEWP"].diff()
df = df.dropna()

features = ["pm_lag1", "pm_lag2", "pm_lag24", "pm_roll6", "DEWP", "dewp_diff", "TEMP",
            "PRES", "Iws", "Is", "Ir", "hour", "month"] + [c for c in df.columns if c.startswith("wd_")]
X = df[features]
y = df["pm2.5"]
print("X:", X.shape)

cv = KFold(n_splits=5, shuffle=True, random_state=42)

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                                random_state=42)
scores = cross_val_score(gbr, X, y, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1)
print("GBR MAE per fold:", np.round(-scores, 2))
print("GBR MAE: %.2f +/- %.2f" % (-scores.mean(), scores.std()))

dummy = DummyRegressor(strategy="mean")
dscores = cross_val_score(dummy, X, y, cv=cv, scoring="neg_mean_absolute_error")
print("Dummy (mean) MAE: %.2f" % -dscores.mean())

# persistence: pm2.5 now = pm2.5 one hour ago
print("Persistence MAE: %.2f" % np.mean(np.abs(y - X["pm_lag1"])))
