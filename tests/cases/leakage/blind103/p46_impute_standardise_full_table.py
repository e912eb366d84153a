"""Delivery minutes - ridge regression.

Prep-time estimates and order values have gaps; fill with the column mean and standardise
so the ridge penalty treats all inputs alike. Hold-out = new couriers after the cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error

CUT = pd.Timestamp("2024-03-01")
NUM = ["distance_km", "n_items", "order_value", "prep_minutes_est", "courier_prev_orders", "tenure_days"]

df = (
    pd.read_csv("train.csv", parse_dates=["order_ts"])
    .merge(pd.read_csv("couriers.csv", parse_dates=["onboard_date"]), on="courier_id", how="left")
    .sort_values(["courier_id", "order_ts"])
    .reset_index(drop=True)
    .assign(
        courier_prev_orders=lambda d: d.groupby("courier_id").cumcount(),
        tenure_days=lambda d: (d.order_ts - d.onboard_date).dt.days,
        hour=lambda d: d.order_ts.dt.hour,
        peak=lambda d: d.hour.isin([12, 13, 19, 20, 21]).astype(int),
    )
)
print(df[NUM].isna().mean().round(3).to_markdown())

df = (
    df.pipe(lambda d: d.fillna({c: d[c].mean() for c in NUM}))
    .pipe(lambda d: d.assign(**{f"{c}_std": (d[c] - d[c].mean()) / d[c].std() for c in NUM}))
    .pipe(pd.get_dummies, columns=["zone", "vehicle_type"], dtype=float)
)

train = df[df.order_ts < CUT]
test = df[(df.order_ts >= CUT) & ~df.courier_id.isin(train.courier_id)]

FEATURES = [f"{c}_std" for c in NUM] + ["peak"] + [c for c in df.columns if c.startswith(("zone_", "vehicle_type_"))]

ridge = Ridge(alpha=1.0).fit(train[FEATURES], train.delivery_minutes)
dummy = DummyRegressor(strategy="mean").fit(train[FEATURES], train.delivery_minutes)

rows = []
for name, m in [("dummy (mean)", dummy), ("ridge", ridge)]:
    pred = m.predict(test[FEATURES])
    rows.append((name, mean_absolute_error(test.delivery_minutes, pred),
                 mean_squared_error(test.delivery_minutes, pred) ** 0.5))
print(pd.DataFrame(rows, columns=["model", "MAE", "RMSE"]).round(2).to_markdown(index=False))

print(
    pd.Series(ridge.coef_, index=FEATURES)
    .sort_values(key=np.abs, ascending=False)
    .round(3)
    .to_frame("coef (minutes per sd)")
    .to_markdown()
)
