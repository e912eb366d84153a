"""Hourly electricity load forecasting (PJM East) with XGBoost.

Gaps are forward-filled (only past observations are used), calendar and lag
features are built, and 2017-2018 is kept as the test period.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_percentage_error, mean_absolute_error

load = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"])
load = load.drop_duplicates(subset="Datetime").set_index("Datetime").sort_index()
weather = pd.read_csv("phl_weather_hourly.csv", parse_dates=["timestamp"]).set_index("timestamp").sort_index()

df = load.join(weather[["temp_c", "humidity"]], how="left")
df = df.asfreq("H")
print("missing load hours:", df["PJME_MW"].isna().sum())
print("missing temp hours:", df["temp_c"].isna().sum())

# carry the last observation forward (DST gaps, station outages)
df[["PJME_MW", "temp_c", "humidity"]] = df[["PJME_MW", "temp_c", "humidity"]].ffill()


def add_features(frame):
    frame = frame.copy()
    frame["hour"] = frame.index.hour
    frame["dow"] = frame.index.dayofweek
    frame["month"] = frame.index.month
    frame["doy"] = frame.index.dayofyear
    frame["is_weekend"] = (frame["dow"] >= 5).astype(int)
    frame["cdd"] = (frame["temp_c"] - 18).clip(lower=0)
    frame["hdd"] = (18 - frame["temp_c"]).clip(lower=0)
    frame["lag_24"] = frame["PJME_MW"].shift(24)
    frame["lag_168"] = frame["PJME_MW"].shift(168)
    frame["roll_24_mean"] = frame["PJME_MW"].shift(24).rolling(24).mean()
    return frame.dropna()


df = add_features(df)
FEATURES = ["hour", "dow", "month", "doy", "is_weekend", "temp_c", "humidity",
            "cdd", "hdd", "lag_24", "lag_168", "roll_24_mean"]
TARGET = "PJME_MW"

split_date = "2017-01-01"
train = df.loc[df.index < split_date]
test = df.loc[df.index >= split_date]
print(f"train {train.shape}, test {test.shape}")

naive_mae = mean_absolute_error(test[TARGET], test["lag_168"])
naive_mape = mean_absolute_percentage_error(test[TARGET], test["lag_168"])
print(f"seasonal naive  MAE {naive_mae:8.1f}  MAPE {naive_mape:.3%}")

reg = xgb.XGBRegressor(n_estimators=1000, learning_rate=0.03, max_depth=6,
                       subsample=0.8, colsample_bytree=0.8, random_state=0)
reg.fit(train[FEATURES], train[TARGET])
pred = reg.predict(test[FEATURES])
print(f"xgboost         MAE {mean_absolute_error(test[TARGET], pred):8.1f}  "
      f"MAPE {mean_absolute_percentage_error(test[TARGET], pred):.3%}")

imp = pd.Series(reg.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
test.assign(pred=pred)[[TARGET, "pred"]].to_csv("pjme_test_predictions.csv")
