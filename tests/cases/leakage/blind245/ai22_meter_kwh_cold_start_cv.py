# Energy use per meter per month - LightGBM, walk-forward CV
# Each fold: train on months before the cutoff, validate on meters whose first reading
# is on/after the cutoff (the task is forecasting for newly connected meters).

import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error

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

first_seen = readings.groupby("meter_id")["month"].transform("min")


def cold_start_folds(cutoffs, horizon_months=6):
    for cut in cutoffs:
        end = cut + pd.DateOffset(months=horizon_months)
        tr = np.where(readings["month"] < cut)[0]
        va = np.where((first_seen >= cut) & (first_seen < end) & (readings["month"] < end))[0]
        yield tr, va


cutoffs = [pd.Timestamp(d) for d in ["2021-07-01", "2022-01-01", "2022-07-01", "2023-01-01", "2023-07-01"]]
rows = []
for k, (tr, va) in enumerate(cold_start_folds(cutoffs)):
    assert not set(readings["meter_id"].iloc[tr]) & set(readings["meter_id"].iloc[va])
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
        "n_meters": readings["meter_id"].iloc[va].nunique(),
        "mae_model": mean_absolute_error(y.iloc[va], pred),
        "mae_naive": mean_absolute_error(y.iloc[va], naive),
    })

res = pd.DataFrame(rows)
res["skill"] = 1 - res["mae_model"] / res["mae_naive"]
print(res.round(3).to_string(index=False))
print("mean MAE model", round(res.mae_model.mean(), 1), " naive", round(res.mae_naive.mean(), 1))
