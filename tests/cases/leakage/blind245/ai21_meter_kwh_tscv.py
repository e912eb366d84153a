# Energy use per meter per month - LightGBM, walk-forward CV
# Rows are sorted by month so TimeSeriesSplit always trains on the past and validates on the future.

import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

readings = pd.read_csv("train.csv", parse_dates=["month"])
readings = readings.drop(columns=["bill_amount"])
readings = readings.sort_values(["month", "meter_id"]).reset_index(drop=True)

readings["cal_month"] = readings["month"].dt.month
readings["months_on_supply"] = readings.groupby("meter_id").cumcount()
readings["hdd_x_area"] = readings["hdd"] * readings["floor_area_m2"] / 100
readings["winter"] = readings["cal_month"].isin([11, 12, 1, 2, 3]).astype(int)
for col in ["region", "property_type", "heating_type", "tariff"]:
    readings[col] = readings[col].astype("category")

FEATURES = ["cal_month", "months_on_supply", "hdd", "cdd", "hdd_x_area", "winter", "floor_area_m2",
            "household_size", "occupants_wfh", "has_solar", "has_ev",
            "region", "property_type", "heating_type", "tariff"]
X = readings[FEATURES]
y = readings["kwh"]

tscv = TimeSeriesSplit(n_splits=5)
rows = []
for k, (tr, va) in enumerate(tscv.split(X)):
    model = LGBMRegressor(n_estimators=700, learning_rate=0.04, num_leaves=48,
                          min_child_samples=40, colsample_bytree=0.8, verbose=-1)
    model.fit(X.iloc[tr], y.iloc[tr])
    pred = model.predict(X.iloc[va])

    # naive baseline: training-period mean kWh for the same calendar month
    clim = y.iloc[tr].groupby(X["cal_month"].iloc[tr]).mean()
    naive = X["cal_month"].iloc[va].map(clim).fillna(y.iloc[tr].mean())

    rows.append({
        "fold": k,
        "valid_from": readings["month"].iloc[va].min().date(),
        "valid_to": readings["month"].iloc[va].max().date(),
        "mae_model": mean_absolute_error(y.iloc[va], pred),
        "mae_naive": mean_absolute_error(y.iloc[va], naive),
    })

res = pd.DataFrame(rows)
res["skill"] = 1 - res["mae_model"] / res["mae_naive"]
print(res.round(3).to_string(index=False))
print("mean MAE model", round(res.mae_model.mean(), 1), " naive", round(res.mae_naive.mean(), 1))
