"""Plant-level daily solar energy forecast with walk-forward validation.

Plant_1_Generation_Data.csv holds 15-minute inverter readings (DATE_TIME, SOURCE_KEY,
DC_POWER, AC_POWER, DAILY_YIELD, TOTAL_YIELD). We sum AC energy per day at plant
level and forecast the next day with Holt-Winters and SARIMAX, each refitted on
the history available before the forecast day.
"""
import argparse
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing
from statsmodels.tsa.statespace.sarimax import SARIMAX

warnings.filterwarnings("ignore")


def load_daily(gen_path, weather_path):
    gen = pd.read_csv(gen_path)
    gen["DATE_TIME"] = pd.to_datetime(gen["DATE_TIME"], format="%d-%m-%Y %H:%M")
    gen = gen.sort_values("DATE_TIME")
    # AC_POWER is in kW per 15-minute reading -> kWh
    plant = gen.set_index("DATE_TIME")["AC_POWER"].resample("15min").sum() * 0.25
    daily = plant.resample("D").sum().rename("energy_kwh")

    wx = pd.read_csv(weather_path, parse_dates=["DATE_TIME"])
    wx = wx.sort_values("DATE_TIME").set_index("DATE_TIME")
    irr = wx["IRRADIATION"].resample("D").sum().rename("irradiation")
    out = pd.concat([daily, irr], axis=1).asfreq("D")
    out = out.ffill()
    return out


def mape(y, yhat):
    y, yhat = np.asarray(y), np.asarray(yhat)
    return float(np.mean(np.abs(y - yhat) / np.maximum(np.abs(y), 1e-9)))


def forecast_holt(history):
    model = ExponentialSmoothing(history, trend="add", damped_trend=True, seasonal=None)
    return float(model.fit(optimized=True).forecast(1).iloc[0])


def forecast_sarimax(history, exog_hist, exog_next):
    model = SARIMAX(history, exog=exog_hist, order=(1, 0, 1), trend="c",
                    enforce_stationarity=False, enforce_invertibility=False)
    res = model.fit(disp=False)
    return float(res.forecast(1, exog=exog_next).iloc[0])


def walk_forward(df, n_test, min_train):
    rows = []
    idx = df.index
    for i in range(len(df) - n_test, len(df)):
        if i < min_train:
            continue
        hist = df.iloc[:i]
        day = idx[i]
        actual = df["energy_kwh"].iloc[i]
        # irradiation of the forecast day is not known yet: use yesterday's value as the exog proxy
        exog_hist = hist["irradiation"].shift(1).iloc[1:].to_frame()
        exog_next = hist[["irradiation"]].iloc[[-1]].to_numpy()
        rows.append({
            "day": day,
            "actual": actual,
            "naive": hist["energy_kwh"].iloc[-1],
            "mean7": hist["energy_kwh"].iloc[-7:].mean(),
            "holt": forecast_holt(hist["energy_kwh"]),
            "sarimax": forecast_sarimax(hist["energy_kwh"].iloc[1:], exog_hist, exog_next),
        })
    return pd.DataFrame(rows).set_index("day")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gen", default="data/Plant_1_Generation_Data.csv")
    ap.add_argument("--weather", default="data/Plant_1_Weather_Sensor_Data.csv")
    ap.add_argument("--test-days", type=int, default=10)
    ap.add_argument("--min-train", type=int, default=14)
    args = ap.parse_args()

    df = load_daily(args.gen, args.weather)
    print(df.describe())
    print(df.tail())

    bt = walk_forward(df, args.test_days, args.min_train)
    print(bt.round(0))
    for col in ["naive", "mean7", "holt", "sarimax"]:
        err = bt["actual"] - bt[col]
        print(f"{col:8s} MAE {err.abs().mean():9.1f} kWh  MAPE {mape(bt['actual'], bt[col]):.3%}")


if __name__ == "__main__":
    main()
