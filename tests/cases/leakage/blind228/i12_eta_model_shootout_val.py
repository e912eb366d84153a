"""
Ride ETA - model shoot-out.

Compare a handful of regressors on a validation window (the two weeks before the
holdout), pick the winner there, then report the winner once on the final two weeks.
"""
import time
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, ExtraTreesRegressor
from sklearn.base import clone
from sklearn.metrics import mean_absolute_error
import lightgbm as lgb
import xgboost as xgb

warnings.filterwarnings("ignore")

TARGET = "trip_duration_sec"
ID = "trip_id"


def prepare(frame):
    x = frame.copy()
    x["hour"] = x.request_time.dt.hour
    x["dow"] = x.request_time.dt.dayofweek
    x["is_night"] = ((x.hour >= 22) | (x.hour <= 5)).astype(int)
    x["log_dist"] = np.log1p(x.est_distance_km)
    x = x.sort_values("request_time")
    by_drv = x.groupby("driver_id")
    x["drv_prev_gap_min"] = by_drv.request_time.diff().dt.total_seconds() / 60
    x["drv_prev_dist"] = by_drv.est_distance_km.shift()
    x["drv_rank"] = by_drv.cumcount()
    x["rider_rank"] = x.groupby("rider_id").cumcount()
    x = pd.get_dummies(x, columns=["vehicle_type"], dtype=int)
    return x


df = prepare(pd.read_csv("train.csv", parse_dates=["request_time"]))
cols = ["est_distance_km", "log_dist", "pickup_zone", "dropoff_zone", "surge_multiplier", "passenger_count",
        "hour", "dow", "is_night", "drv_prev_gap_min", "drv_prev_dist", "drv_rank", "rider_rank"]
cols += [c for c in df.columns if c.startswith("vehicle_type_")]

t_end = df.request_time.max()
test_start = t_end - pd.Timedelta(days=14)
val_start = test_start - pd.Timedelta(days=14)
tr = df[df.request_time < val_start]
va = df[(df.request_time >= val_start) & (df.request_time < test_start)]
te = df[df.request_time >= test_start]
print(f"train={len(tr)} val={len(va)} test={len(te)}")


def xy(part):
    return part[cols].fillna(-1), part[TARGET]


Xtr, ytr = xy(tr)
Xva, yva = xy(va)
Xte, yte = xy(te)

candidates = {
    "baseline_median": DummyRegressor(strategy="median"),
    "ridge": Ridge(alpha=3.0),
    "random_forest": RandomForestRegressor(n_estimators=250, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "extra_trees": ExtraTreesRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0),
    "lgbm": lgb.LGBMRegressor(n_estimators=800, learning_rate=0.03, num_leaves=63, objective="l1", verbose=-1),
    "lgbm_deep": lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.02, num_leaves=255,
                                   min_child_samples=10, objective="l1", verbose=-1),
    "xgb": xgb.XGBRegressor(n_estimators=900, learning_rate=0.05, max_depth=8, subsample=0.8,
                            colsample_bytree=0.8, tree_method="hist"),
}

rows = []
for name, est in candidates.items():
    t0 = time.time()
    est.fit(Xtr, ytr)
    mae = mean_absolute_error(yva, est.predict(Xva))
    rows.append({"model": name, "val_mae": mae, "fit_s": round(time.time() - t0, 1)})
    print(f"{name:<16} {mae:8.1f}")

board = pd.DataFrame(rows).sort_values("val_mae").reset_index(drop=True)
print(board.to_string())
winner = board.loc[0, "model"]
print("picked on validation:", winner)

# refit winner and baseline on train+val, score the untouched test window once
trva = pd.concat([tr, va])
X_trva, y_trva = xy(trva)
final = clone(candidates[winner]).fit(X_trva, y_trva)
ref = DummyRegressor(strategy="median").fit(X_trva, y_trva)
mae_final = mean_absolute_error(yte, final.predict(Xte))
mae_ref = mean_absolute_error(yte, ref.predict(Xte))
print(f"test MAE {winner}: {mae_final:.1f}   median baseline: {mae_ref:.1f}   ({1 - mae_final / mae_ref:.0%} better)")

# ship: refit on every labelled row
ship = clone(candidates[winner]).fit(*xy(df))
test = pd.read_csv("test.csv", parse_dates=["request_time"])
raw = pd.read_csv("train.csv", parse_dates=["request_time"])
full = prepare(pd.concat([raw.assign(_t=0), test.assign(_t=1)], ignore_index=True))
for c in cols:
    if c not in full:
        full[c] = 0
sub = full[full._t == 1]
pd.DataFrame({ID: sub[ID], "prediction": ship.predict(sub[cols].fillna(-1))}).to_csv("predictions.csv", index=False)
