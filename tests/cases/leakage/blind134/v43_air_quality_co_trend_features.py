"""UCI Air Quality - hourly CO(GT) estimation with weather trend features.

Chronological split (train: until end of 2004, test: 2005). Compared with a
persistence baseline (CO of the previous hour).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("data/AirQualityUCI.csv", sep=";", decimal=",")
df = df.dropna(axis=1, how="all").dropna(axis=0, how="all")
df["ts"] = pd.to_datetime(df["Date"] + " " + df["Time"], format="%d/%m/%Y %H.%M.%S")
df = df.drop(columns=["Date", "Time", "NMHC(GT)"]).set_index("ts").sort_index()
df = df.replace(-200, np.nan)

sensors = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)"]
weather = ["T", "RH", "AH"]
df[sensors + weather] = df[sensors + weather].ffill()

# how the weather is evolving around each hour
df["T_trend"] = df["T"].shift(-1) - df["T"]
df["RH_trend"] = df["RH"].shift(-1) - df["RH"]
df["AH_trend"] = df["AH"].shift(-1) - df["AH"]

df["hour"] = df.index.hour
df["weekday"] = df.index.weekday
df["weekend"] = (df["weekday"] >= 5).astype(int)

df["CO_prev_hour"] = df["CO(GT)"].shift(1)
df = df.dropna(subset=["CO(GT)", "CO_prev_hour", "T_trend", "RH_trend", "AH_trend"])

features = sensors + weather + ["T_trend", "RH_trend", "AH_trend", "hour", "weekday", "weekend"]
train = df[df.index < "2005-01-01"]
test = df[df.index >= "2005-01-01"]
print(f"train {len(train)} rows, test {len(test)} rows")

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0)
rf.fit(train[features], train["CO(GT)"])
pred = rf.predict(test[features])

persistence = test["CO_prev_hour"]
print("persistence baseline MAE %.3f RMSE %.3f" % (
    mean_absolute_error(test["CO(GT)"], persistence),
    mean_squared_error(test["CO(GT)"], persistence, squared=False)))
print("random forest        MAE %.3f RMSE %.3f" % (
    mean_absolute_error(test["CO(GT)"], pred),
    mean_squared_error(test["CO(GT)"], pred, squared=False)))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.round(3).to_string())
