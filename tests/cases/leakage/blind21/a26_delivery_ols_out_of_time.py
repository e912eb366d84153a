"""Delivery delay (minutes): OLS with robust errors, evaluated out of time on new couriers."""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error

orders = pd.read_csv("deliveries.csv")
orders["order_ts"] = pd.to_datetime(orders["order_ts"])
orders = orders.iloc[np.argsort(orders["order_ts"].to_numpy(), kind="stable")].reset_index(drop=True)

orders["ln_dist"] = np.log1p(orders["distance_km"])
orders["peak"] = orders["order_ts"].dt.hour.isin([12, 13, 19, 20, 21]).astype(int)
orders["weekend"] = (orders["order_ts"].dt.dayofweek >= 5).astype(int)
orders["wet"] = (orders["rain_mm"] > 0.5).astype(int)

cut = pd.Timestamp("2024-03-01")
early = orders["order_ts"] < cut
couriers_early = set(orders.loc[early, "courier_id"])
train = orders[early]
test = orders[~early & ~orders["courier_id"].isin(couriers_early)]
print(f"train {len(train)} orders, test {len(test)} orders from {test['courier_id'].nunique()} new couriers")

f = ("delay_min ~ ln_dist + n_items + restaurant_prep_min + traffic_index"
     " + wet + peak + weekend + np.log1p(courier_experience_days)")
ols = smf.ols(f, data=train).fit(cov_type="HC3")
print(ols.params.round(3))
print(ols.bse.round(3))

y_te = test["delay_min"].to_numpy()
pred = ols.predict(test).to_numpy()
naive_mean = np.full(len(y_te), train["delay_min"].mean())
naive_median = np.full(len(y_te), train["delay_min"].median())

for name, p in [("baseline: train mean", naive_mean), ("baseline: train median", naive_median), ("OLS", pred)]:
    mae = mean_absolute_error(y_te, p)
    rmse = np.sqrt(mean_squared_error(y_te, p))
    print(f"{name:24s} MAE {mae:6.2f}   RMSE {rmse:6.2f}")

# bootstrap the MAE gain over the median baseline
rng = np.random.default_rng(1)
err_m = np.abs(y_te - pred)
err_b = np.abs(y_te - naive_median)
gain = [np.mean(err_b[i] - err_m[i]) for i in (rng.integers(0, len(y_te), len(y_te)) for _ in range(2000))]
print("MAE gain 95% CI:", np.round(np.percentile(gain, [2.5, 97.5]), 2))
