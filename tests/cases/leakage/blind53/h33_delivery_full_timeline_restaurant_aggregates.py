"""Delivery ETA -- feature-engineering heavy approach.

Context features: how busy the restaurant / zone is, and the weather.
Model: LightGBM, forward (time-based) holdout, full error analysis.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "delivery_minutes"
AFTER_DELIVERY = ["courier_rating", "late_refund_issued"]

orders = pd.read_csv("train.csv", parse_dates=["order_ts"]).drop(columns=AFTER_DELIVERY)
new_orders = pd.read_csv("test.csv", parse_dates=["order_ts"])
orders["is_submission"] = False
new_orders["is_submission"] = True
allx = pd.concat([orders, new_orders], ignore_index=True).sort_values("order_ts").reset_index(drop=True)

# ---- context features ------------------------------------------------------
allx["date"] = allx["order_ts"].dt.date
allx["hour"] = allx["order_ts"].dt.hour
allx["dow"] = allx["order_ts"].dt.dayofweek
# weather feed has gaps; fill them from the next known reading in the zone
allx["weather"] = allx.groupby("zone")["weather"].bfill()
# restaurant's typical kitchen time and basket size
allx["rest_prep_mean"] = allx.groupby("restaurant_id")["prep_time_est"].transform("mean")
allx["rest_basket_mean"] = allx.groupby("restaurant_id")["basket_items"].transform("mean")
# how busy the zone is that day and that hour
allx["zone_day_orders"] = allx.groupby(["zone", "date"])["order_id"].transform("count")
allx["zone_hour_orders"] = allx.groupby(["zone", "date", "hour"])["order_id"].transform("count")
allx["rest_day_orders"] = allx.groupby(["restaurant_id", "date"])["order_id"].transform("count")

FEATURES = ["distance_km", "basket_items", "prep_time_est", "is_peak", "hour", "dow",
            "rest_prep_mean", "rest_basket_mean", "zone_day_orders", "zone_hour_orders", "rest_day_orders",
            "zone", "weather", "courier_vehicle"]
for c in ["zone", "weather", "courier_vehicle"]:
    allx[c] = allx[c].astype("category")

hist = allx[~allx["is_submission"]].reset_index(drop=True)
sub = allx[allx["is_submission"]]

# ---- forward holdout ---------------------------------------------------------
cut = hist["order_ts"].quantile(0.8)
tr, te = hist[hist["order_ts"] < cut], hist[hist["order_ts"] >= cut].copy()

gbm = lgb.LGBMRegressor(n_estimators=900, learning_rate=0.03, num_leaves=63, min_child_samples=50,
                        colsample_bytree=0.8, objective="huber", alpha=15.0, verbose=-1)
gbm.fit(tr[FEATURES], tr[TARGET])
te["pred"] = gbm.predict(te[FEATURES])
te["pred_dummy"] = DummyRegressor(strategy="median").fit(tr[FEATURES], tr[TARGET]).predict(te[FEATURES])


def boot_ci(a, b, fn, B=800, seed=2):
    rng = np.random.default_rng(seed)
    a, b = np.asarray(a), np.asarray(b)
    out = [fn(a[i], b[i]) for i in (rng.integers(0, len(a), len(a)) for _ in range(B))]
    return np.percentile(out, [2.5, 97.5]).round(2)


for col, label in [("pred_dummy", "median dummy"), ("pred", "lightgbm")]:
    mae = mean_absolute_error(te[TARGET], te[col])
    rmse = np.sqrt(mean_squared_error(te[TARGET], te[col]))
    print(f"{label:13s} MAE {mae:.2f} {boot_ci(te[TARGET], te[col], mean_absolute_error)}  RMSE {rmse:.2f}")

te["resid"] = te[TARGET] - te["pred"]
te["abs_err"] = te["resid"].abs()
print("\nresidual quantiles:", te["resid"].quantile([0.05, 0.25, 0.5, 0.75, 0.95]).round(1).to_dict())
print("share under-predicted by >15 min:", round((te["resid"] > 15).mean(), 3))

# where does it fail?
te["busy_band"] = pd.qcut(te["zone_hour_orders"], 4, labels=["quiet", "normal", "busy", "very busy"], duplicates="drop")
te["dist_band"] = pd.cut(te["distance_km"], [0, 1, 2, 4, 8, np.inf])
for col in ["zone", "weather", "courier_vehicle", "busy_band", "dist_band", "dow"]:
    t = te.groupby(col, observed=True).agg(n=("abs_err", "size"), mae=("abs_err", "mean"), bias=("resid", "mean"))
    print(f"\n-- by {col} --\n{t.sort_values('mae', ascending=False).round(2)}")

daily = te.groupby("date").agg(mae=("abs_err", "mean"), n=("abs_err", "size"))
print("\nworst days:\n", daily.nlargest(5, "mae").round(2))

imp = pd.Series(gbm.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print("\ngain importance:\n", (imp / imp.sum()).round(3))

gbm.fit(hist[FEATURES], hist[TARGET])
pd.DataFrame({"order_id": sub["order_id"].values, "prediction": gbm.predict(sub[FEATURES])}).to_csv(
    "predictions.csv", index=False)
