"""Estimate true CO concentration from cheap metal-oxide sensors (UCI Air Quality, Italy 2004-2005).

Hourly data; missing values are coded as -200. Train on the first 80% of the year, test on the rest.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

aq = pd.read_csv("AirQualityUCI.csv", sep=";", decimal=",")
aq = aq.dropna(how="all", axis=1).dropna(how="all", axis=0)
aq["datetime"] = pd.to_datetime(aq["Date"] + " " + aq["Time"], format="%d/%m/%Y %H.%M.%S")
aq = aq.drop(columns=["Date", "Time", "NMHC(GT)"]).sort_values("datetime").set_index("datetime")
aq = aq.replace(-200, np.nan)
print(aq.shape)
print(aq.isna().mean().round(3))

target = "CO(GT)"
sensors = ["PT08.S1(CO)", "PT08.S2(NMHC)", "PT08.S3(NOx)", "PT08.S4(NO2)", "PT08.S5(O3)", "T", "RH", "AH"]

# fill sensor gaps: linear interpolation in time, then back-fill whatever is left at the edges
aq[sensors] = aq[sensors].interpolate(method="time").bfill()

aq["hour"] = aq.index.hour
aq["weekday"] = aq.index.dayofweek
aq = aq.dropna(subset=[target])
features = sensors + ["hour", "weekday"]

cut = int(len(aq) * 0.8)
train, test = aq.iloc[:cut], aq.iloc[cut:]
print("train", train.index.min(), "->", train.index.max())
print("test ", test.index.min(), "->", test.index.max())

# baseline: predict the training mean everywhere
base = np.full(len(test), train[target].mean())
print(f"mean baseline  MAE {mean_absolute_error(test[target], base):.3f}")

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=0)
rf.fit(train[features], train[target])
pred = rf.predict(test[features])
print(f"random forest  MAE {mean_absolute_error(test[target], pred):.3f}  "
      f"RMSE {mean_squared_error(test[target], pred) ** 0.5:.3f}  R2 {r2_score(test[target], pred):.3f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp)
pd.DataFrame({"actual": test[target], "predicted": pred}, index=test.index).to_csv("co_predictions.csv")
