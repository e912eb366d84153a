"""
UCI Air Quality (Italian city, hourly 2004-2005): predict CO(GT) one hour ahead.
Missing values are tagged -200 in the raw file.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

aq = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",")
aq = aq.dropna(how="all", axis=1).dropna(how="all", axis=0)
aq["datetime"] = pd.to_datetime(aq["Date"] + " " + aq["Time"], format="%d/%m/%Y %H.%M.%S")
aq = aq.drop(columns=["Date", "Time", "NMHC(GT)"]).sort_values("datetime").set_index("datetime")
aq = aq.replace(-200, np.nan)
print(aq.isna().mean().round(3))

# carry the last valid reading forward (past information only)
aq = aq.ffill()

target = "CO(GT)"
sensors = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"]

frame = pd.DataFrame(index=aq.index)
frame["y"] = aq[target].shift(-1)          # next hour
frame["co_now"] = aq[target]
for k in (1, 2, 3, 24):
    frame[f"co_lag{k}"] = aq[target].shift(k)
frame["co_ma6"] = aq[target].rolling(6).mean()
for s in sensors:
    frame[s] = aq[s]
    frame[s + "_d1"] = aq[s].diff()
frame["hour"] = frame.index.hour
frame["dow"] = frame.index.dayofweek
frame = frame.dropna()

X = frame.drop(columns="y")
y = frame["y"]
print(X.shape)

cv = KFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "random forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0),
}
for name, m in models.items():
    mae = -cross_val_score(m, X, y, cv=cv, scoring="neg_mean_absolute_error")
    print(f"{name:14s} CV MAE {mae.mean():.3f} (+/- {mae.std():.3f})")

persistence_mae = np.mean(np.abs(frame["y"] - frame["co_now"]))
print(f"persistence baseline MAE {persistence_mae:.3f}")
