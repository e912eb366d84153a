"""Weekly sales with store-profile features + gradient boosting.

Instead of a random intercept, each store gets profile features (its average sales level,
volatility and promo uplift) so that a tree model can pool information across stores.
Validation: later weeks of held-out stores.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "weekly_sales"
df = pd.read_csv("train.csv", parse_dates=["week_start"]).drop(columns=["units_sold"])
test = pd.read_csv("test.csv", parse_dates=["week_start"])

# store profiles
prof = df.groupby("store_id").agg(
    store_mean_sales=(TARGET, "mean"),
    store_std_sales=(TARGET, "std"),
    store_median_sales=(TARGET, "median"),
)
promo_lift = (df[df.promo_flag == 1].groupby("store_id")[TARGET].mean()
              / df[df.promo_flag == 0].groupby("store_id")[TARGET].mean())
prof["store_promo_lift"] = promo_lift
df = df.join(prof, on="store_id")
test = test.join(prof, on="store_id")

for frame in (df, test):
    frame["woy"] = frame["week_start"].dt.isocalendar().week.astype(int)
    frame["month"] = frame["week_start"].dt.month
    frame["markdown"] = frame["markdown"].fillna(0.0)
    frame["store_type"] = frame["store_type"].astype("category")

FEATURES = ["store_mean_sales", "store_std_sales", "store_median_sales", "store_promo_lift",
            "store_size", "store_type", "promo_flag", "holiday_flag", "woy", "month",
            "temperature", "fuel_price", "cpi", "unemployment", "markdown"]

rng = np.random.default_rng(7)
stores = df["store_id"].unique()
holdout = set(rng.choice(stores, size=len(stores) // 5, replace=False))
cutoff = df["week_start"].quantile(0.8)
tr = df[(df.week_start < cutoff) & ~df.store_id.isin(holdout)]
va = df[(df.week_start >= cutoff) & df.store_id.isin(holdout)]

model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=31,
                                      categorical_features="from_dtype", random_state=0)
model.fit(tr[FEATURES], tr[TARGET])
base = DummyRegressor(strategy="median").fit(tr[FEATURES], tr[TARGET])

for name, m in [("baseline median", base), ("hgb + store profile", model)]:
    p = m.predict(va[FEATURES])
    print(f"{name:20s} RMSE {mean_squared_error(va[TARGET], p) ** 0.5:12,.0f}"
          f"  MAE {mean_absolute_error(va[TARGET], p):12,.0f}")

model.fit(df[FEATURES], df[TARGET])
test["prediction"] = model.predict(test[FEATURES])
test[["store_id", "week_start", "prediction"]].to_csv("predictions.csv", index=False)
