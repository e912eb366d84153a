"""Delivery minutes - ridge regression.

Imputation means and standardisation statistics come from the training window only and are
re-used on the hold-out. Hold-out = new couriers after the cut-off.
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
    .pipe(pd.get_dummies, columns=["zone", "vehicle_type"], dtype=float)
)

train = df[df.order_ts < CUT].copy()
test = df[(df.order_ts >= CUT) & ~df.courier_id.isin(train.courier_id)].copy()

stats = train[NUM].agg(["mean", "std"])          # learned on the training window only
print(stats.round(2).to_markdown())


def standardise(d: pd.DataFrame) -> pd.DataFrame:
    filled = d.fillna({c: stats.loc["mean", c] for c in NUM})
    return filled.assign(**{f"{c}_std": (filled[c] - stats.loc["mean", c]) / stats.loc["std", c] for c in NUM})


train, test = standardise(train), standardise(test)

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
