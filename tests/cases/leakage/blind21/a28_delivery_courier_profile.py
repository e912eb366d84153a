"""Delivery delay: order covariates plus a courier profile, OLS, out-of-time test."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import mean_absolute_error

deliv = pd.read_csv("deliveries.csv", parse_dates=["order_ts"])
deliv = deliv.sort_values("order_ts").reset_index(drop=True)


def courier_profile(frame):
    prof = frame.groupby("courier_id").agg(
        c_orders=("order_id", "size"),
        c_avg_dist=("distance_km", "mean"),
        c_typical=("delay_min", "median"),
        c_spread=("delay_min", "std"),
    )
    prof["c_spread"] = prof["c_spread"].fillna(prof["c_spread"].median())
    return prof


prof = courier_profile(deliv)
deliv = deliv.merge(prof, left_on="courier_id", right_index=True, how="left")

deliv["ln_dist"] = np.log1p(deliv["distance_km"])
deliv["ln_orders"] = np.log(deliv["c_orders"])
deliv["rainy"] = (deliv["rain_mm"] > 0).astype(int)

covariates = ["ln_dist", "n_items", "restaurant_prep_min", "traffic_index", "rainy",
              "ln_orders", "c_avg_dist", "c_typical", "c_spread"]

ts = deliv["order_ts"].to_numpy()
cid = deliv["courier_id"].to_numpy()
cut = np.datetime64("2024-03-01")
est = ts < cut
hold = (ts >= cut) & ~np.isin(cid, np.unique(cid[est]))

X = sm.add_constant(deliv[covariates].to_numpy(float))
y = deliv["delay_min"].to_numpy()

ols = sm.OLS(y[est], X[est]).fit(cov_type="cluster", cov_kwds={"groups": cid[est]})
print(pd.DataFrame({"b": ols.params, "se": ols.bse}, index=["const"] + covariates).round(3))

pred = ols.predict(X[hold])
mae = mean_absolute_error(y[hold], pred)
mae_base = mean_absolute_error(y[hold], np.full(hold.sum(), y[est].mean()))
print(f"hold-out MAE {mae:.2f} min vs mean baseline {mae_base:.2f} min")
r2_oos = 1 - np.sum((y[hold] - pred) ** 2) / np.sum((y[hold] - y[est].mean()) ** 2)
print(f"out-of-sample R2 {r2_oos:.3f}")
