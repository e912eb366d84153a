"""Delivery delay: feature filter + model choice on a validation window.

Weeks 1-8 train, weeks 9-10 validation, weeks 11+ test. Validation and test
only keep couriers that first appear after the preceding window(s).
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import HuberRegressor
from sklearn.ensemble import RandomForestRegressor, HistGradientBoostingRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

orders = pd.read_csv("orders.csv", parse_dates=["order_ts"]).sort_values("order_ts")
orders["hour"] = orders.order_ts.dt.hour
orders["dow"] = orders.order_ts.dt.dayofweek
orders["km_per_item"] = orders.distance_km / orders.n_items.clip(lower=1)
orders["week"] = (orders.order_ts - orders.order_ts.min()).dt.days // 7

candidates = ["distance_km", "n_items", "promised_min", "courier_rating_before", "hour", "dow",
              "km_per_item", "restaurant_prep_min_avg", "basket_value", "n_special_requests",
              "pickup_floor", "drop_floor", "apartment_flag"]

train = orders[orders.week < 8]
valid = orders[(orders.week >= 8) & (orders.week < 10)]
valid = valid[~valid.courier_id.isin(train.courier_id)]
test = orders[orders.week >= 10]
test = test[~test.courier_id.isin(set(train.courier_id) | set(valid.courier_id))]

corr = train[candidates].corrwith(train["delay_min"]).abs()
features = corr[corr > 0.03].index.tolist()
print("kept features:", features)

zoo = {
    "huber": make_pipeline(StandardScaler(), HuberRegressor(max_iter=500)),
    "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=10, n_jobs=-1, random_state=0),
    "hgb": HistGradientBoostingRegressor(loss="absolute_error", max_iter=400, random_state=0),
}
val_mae = {}
for name, m in zoo.items():
    m.fit(train[features], train.delay_min)
    val_mae[name] = mean_absolute_error(valid.delay_min, m.predict(valid[features]))
    print(f"valid {name:6s} MAE {val_mae[name]:.2f}")
best = min(val_mae, key=val_mae.get)
print("chosen:", best)

refit_rows = pd.concat([train, valid])
chosen = zoo[best].fit(refit_rows[features], refit_rows.delay_min)
test_pred = chosen.predict(test[features])
dummy = DummyRegressor(strategy="median").fit(refit_rows[features], refit_rows.delay_min)

print("test median-dummy MAE %.2f" % mean_absolute_error(test.delay_min, dummy.predict(test[features])))
print("test %s MAE %.2f" % (best, mean_absolute_error(test.delay_min, test_pred)))
