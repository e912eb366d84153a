"""Delivery delay: XGBoost with early stopping.

Three consecutive time windows: fit | validation (early stopping) | test.
Validation and test only keep couriers that were not seen in the earlier windows.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "delay_min"
CAT = ["weather", "vehicle_type", "zone_id"]
NUM = ["distance_km", "n_items", "prep_time_est", "traffic_index"]


def featurize(df):
    out = df.sort_values(["courier_id", "order_ts"]).copy()
    g = out.groupby("courier_id")
    out["courier_nth_order"] = g.cumcount()
    out["mins_since_prev"] = g["order_ts"].diff().dt.total_seconds().div(60)
    out["hour"] = out["order_ts"].dt.hour
    out["dow"] = out["order_ts"].dt.dayofweek
    out["km_per_item"] = out["distance_km"] / out["n_items"].clip(lower=1)
    for c in CAT:
        out[c] = out[c].astype("category")
    return out.sort_values("order_ts")


def windows(df, val_days=10, test_days=14):
    end = df["order_ts"].max()
    t_test = end - pd.Timedelta(days=test_days)
    t_val = t_test - pd.Timedelta(days=val_days)
    fit = df[df["order_ts"] < t_val]
    val = df[(df["order_ts"] >= t_val) & (df["order_ts"] < t_test)]
    val = val[~val["courier_id"].isin(fit["courier_id"])]
    test = df[df["order_ts"] >= t_test]
    seen = set(fit["courier_id"]) | set(df.loc[df["order_ts"] < t_test, "courier_id"])
    test = test[~test["courier_id"].isin(seen)]
    return fit, val, test


raw = pd.read_csv("train.csv", parse_dates=["order_ts"])
data = featurize(raw)
FEATURES = NUM + CAT + ["courier_nth_order", "mins_since_prev", "hour", "dow", "km_per_item"]
fit, val, test = windows(data)
print({k: len(v) for k, v in {"fit": fit, "val": val, "test": test}.items()})

model = xgb.XGBRegressor(n_estimators=3000, learning_rate=0.03, max_depth=7, subsample=0.8,
                         colsample_bytree=0.8, enable_categorical=True, tree_method="hist",
                         early_stopping_rounds=100, eval_metric="mae", random_state=0)
model.fit(fit[FEATURES], fit[TARGET], eval_set=[(val[FEATURES], val[TARGET])], verbose=200)
print("best iteration:", model.best_iteration)

baseline = DummyRegressor(strategy="median").fit(fit[FEATURES], fit[TARGET])
for name, pred in [("baseline (median)", baseline.predict(test[FEATURES])),
                   ("xgboost", model.predict(test[FEATURES]))]:
    mae = mean_absolute_error(test[TARGET], pred)
    rmse = np.sqrt(mean_squared_error(test[TARGET], pred))
    print(f"{name:18s} test MAE {mae:6.3f}  RMSE {rmse:6.3f}")

# submission: all labelled rows, number of trees taken from early stopping
n_trees = model.best_iteration + 1
unl = pd.read_csv("test.csv", parse_dates=["order_ts"])
both = featurize(pd.concat([raw, unl], ignore_index=True))
lab = both[both["order_id"].isin(raw["order_id"])]
new = both[both["order_id"].isin(unl["order_id"])]
final = xgb.XGBRegressor(n_estimators=n_trees, learning_rate=0.03, max_depth=7, subsample=0.8,
                         colsample_bytree=0.8, enable_categorical=True, tree_method="hist", random_state=0)
final.fit(lab[FEATURES], lab[TARGET])
pd.DataFrame({"order_id": new["order_id"], "prediction": final.predict(new[FEATURES])}).to_csv(
    "predictions.csv", index=False)
