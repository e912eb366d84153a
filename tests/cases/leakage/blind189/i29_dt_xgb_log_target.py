"""XGBoost on log1p(delivery minutes) with early stopping on a later validation window."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, median_absolute_error

TARGET = "actual_delivery_minutes"
DROP = ["order_id", "courier_id", "restaurant_id", "order_time", TARGET, "courier_rating_after_delivery"]


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    f = frame.copy()
    ts = f["order_time"]
    f["hour_sin"] = np.sin(2 * np.pi * ts.dt.hour / 24)
    f["hour_cos"] = np.cos(2 * np.pi * ts.dt.hour / 24)
    f["dow"] = ts.dt.dayofweek
    f["weather"] = f["weather"].fillna("unknown")
    f = pd.get_dummies(f, columns=["weather"], prefix="wx", dtype=float)
    return f


raw = pd.read_csv("train.csv", parse_dates=["order_time"]).sort_values("order_time")
data = prepare(raw).reset_index(drop=True)
features = [c for c in data.columns if c not in DROP]

# chronological: train -> validation (early stopping) -> test
t1, t2 = data["order_time"].quantile([0.7, 0.85]).tolist()
train = data[data["order_time"] < t1]
valid = data[(data["order_time"] >= t1) & (data["order_time"] < t2)]
test = data[data["order_time"] >= t2]
print(f"train {len(train)}  valid {len(valid)}  test {len(test)}")

dtrain = xgb.DMatrix(train[features], label=np.log1p(train[TARGET]))
dvalid = xgb.DMatrix(valid[features], label=np.log1p(valid[TARGET]))
params = {"objective": "reg:squarederror", "eta": 0.03, "max_depth": 6, "subsample": 0.8,
          "colsample_bytree": 0.8, "min_child_weight": 10, "eval_metric": "mae", "seed": 0}
booster = xgb.train(params, dtrain, num_boost_round=5000, evals=[(dtrain, "train"), (dvalid, "valid")],
                    early_stopping_rounds=200, verbose_eval=500)
print("best round:", booster.best_iteration)

test_pred = np.expm1(booster.predict(xgb.DMatrix(test[features]),
                                     iteration_range=(0, booster.best_iteration + 1)))
baseline = np.full(len(test), train[TARGET].median())   # "always say the median" baseline
print("test MAE   model %.2f | median baseline %.2f" % (mean_absolute_error(test[TARGET], test_pred),
                                                         mean_absolute_error(test[TARGET], baseline)))
print("test MedAE model %.2f" % median_absolute_error(test[TARGET], test_pred))

# retrain on everything with the chosen number of rounds
dall = xgb.DMatrix(data[features], label=np.log1p(data[TARGET]))
final = xgb.train(params, dall, num_boost_round=booster.best_iteration + 1)
sub = prepare(pd.read_csv("test.csv", parse_dates=["order_time"])).reindex(
    columns=["order_id"] + features, fill_value=0.0)
pd.DataFrame({"order_id": sub["order_id"],
              "prediction": np.expm1(final.predict(xgb.DMatrix(sub[features])))}).to_csv(
    "predictions.csv", index=False)
