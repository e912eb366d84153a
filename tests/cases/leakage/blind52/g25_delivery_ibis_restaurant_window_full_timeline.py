"""Delivery-time regression: feature engineering in Ibis (DuckDB backend),
model in scikit-learn.

The SQL-ish expressions stay lazy until .execute(), which hands back pandas.
"""
import ibis
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

ibis.options.interactive = False
con = ibis.duckdb.connect()

train_t = con.read_csv("train.csv")
test_t = con.read_csv("test.csv")

# columns available when the order is placed (actual_dropoff_ts and
# courier_rating_after only exist after delivery)
BASE = ["order_id", "order_ts", "restaurant_id", "courier_id", "distance_km", "items",
        "order_value", "prep_estimate_min", "weather", "is_rush_hour", "courier_active_orders"]

labelled = train_t.select(*BASE, delivery_minutes=train_t.delivery_minutes.cast("float64"),
                          is_test=ibis.literal(False))
unlabelled = test_t.select(*BASE, delivery_minutes=ibis.null().cast("float64"),
                           is_test=ibis.literal(True))
orders = labelled.union(unlabelled)
orders = orders.mutate(order_ts=orders.order_ts.cast("timestamp"))

# quick look
print(train_t.count().execute(), "training orders")
print(train_t.group_by("weather").aggregate(n=train_t.count(),
                                            avg=train_t.delivery_minutes.mean()).execute())
print(train_t.aggregate(p50=train_t.delivery_minutes.quantile(0.5),
                        p90=train_t.delivery_minutes.quantile(0.9)).execute())

# entity-level context: how busy / how big restaurants and couriers are
w_rest = ibis.window(group_by=orders.restaurant_id)
w_cour = ibis.window(group_by=orders.courier_id)
feats = orders.mutate(
    hour=orders.order_ts.hour(),
    dow=orders.order_ts.day_of_week.index(),
    rest_volume=orders.order_id.count().over(w_rest),
    rest_avg_items=orders["items"].mean().over(w_rest),
    rest_avg_value=orders.order_value.mean().over(w_rest),
    courier_volume=orders.order_id.count().over(w_cour),
    courier_avg_km=orders.distance_km.mean().over(w_cour),
    rainy=(orders.weather == "rain").cast("int8"),
    snowy=(orders.weather == "snow").cast("int8"),
)

FEATURES = ["distance_km", "items", "order_value", "prep_estimate_min", "is_rush_hour",
            "courier_active_orders", "hour", "dow", "rest_volume", "rest_avg_items",
            "rest_avg_value", "courier_volume", "courier_avg_km", "rainy", "snowy"]

frame = feats.order_by("order_ts").execute()
lab = frame[~frame["is_test"]].reset_index(drop=True)
unl = frame[frame["is_test"]].reset_index(drop=True)
lab["prep_estimate_min"] = lab["prep_estimate_min"].fillna(15)
unl["prep_estimate_min"] = unl["prep_estimate_min"].fillna(15)

# chronological hold-out: the last 20% of labelled orders
cut = lab["order_ts"].quantile(0.8)
tr = lab[lab["order_ts"] < cut]
va = lab[lab["order_ts"] >= cut]
print(f"train {len(tr)} rows up to {cut}, valid {len(va)} rows")

model = HistGradientBoostingRegressor(loss="absolute_error", max_iter=500,
                                      learning_rate=0.05, max_leaf_nodes=63, random_state=0)
model.fit(tr[FEATURES], tr["delivery_minutes"])
pred = model.predict(va[FEATURES])

base = DummyRegressor(strategy="median").fit(tr[FEATURES], tr["delivery_minutes"])
pred_base = base.predict(va[FEATURES])

print(f"model    MAE {mean_absolute_error(va['delivery_minutes'], pred):.2f}  "
      f"MedAE {median_absolute_error(va['delivery_minutes'], pred):.2f}")
print(f"baseline MAE {mean_absolute_error(va['delivery_minutes'], pred_base):.2f}  "
      f"MedAE {median_absolute_error(va['delivery_minutes'], pred_base):.2f}")

# residuals by distance bucket, for the write-up
va = va.assign(err=np.abs(pred - va["delivery_minutes"]),
               km_bucket=pd.cut(va["distance_km"], [0, 1, 2, 4, 8, 50]))
print(va.groupby("km_bucket", observed=True)["err"].mean())

model.fit(lab[FEATURES], lab["delivery_minutes"])
pd.DataFrame({"order_id": unl["order_id"], "prediction": model.predict(unl[FEATURES])}).to_csv(
    "predictions.csv", index=False)
