"""Delivery delay: screen many engineered covariates by rank correlation, then OLS."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy.stats import spearmanr
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("deliveries.csv", parse_dates=["order_ts"]).dropna(subset=["delay_min"])
df = df.sort_values("order_ts").reset_index(drop=True)

hr = df["order_ts"].dt.hour
df["ln_dist"] = np.log1p(df["distance_km"])
df["dist_x_traffic"] = df["ln_dist"] * df["traffic_index"]
df["items_x_prep"] = df["n_items"] * df["restaurant_prep_min"]
df["rain_any"] = (df["rain_mm"] > 0).astype(int)
df["rain_heavy"] = (df["rain_mm"] > 5).astype(int)
df["lunch"] = hr.between(11, 14).astype(int)
df["dinner"] = hr.between(18, 21).astype(int)
df["night"] = ((hr >= 22) | (hr <= 5)).astype(int)
df["weekend"] = (df["order_ts"].dt.dayofweek >= 5).astype(int)
df["rookie"] = (df["courier_experience_days"] < 30).astype(int)

pool = ["ln_dist", "n_items", "restaurant_prep_min", "traffic_index", "rain_mm",
        "dist_x_traffic", "items_x_prep", "rain_any", "rain_heavy", "lunch",
        "dinner", "night", "weekend", "rookie", "courier_experience_days"]
df = df.dropna(subset=pool).reset_index(drop=True)

Y = df["delay_min"].to_numpy()
M = df[pool].to_numpy(float)
rho = np.array([spearmanr(M[:, j], Y).correlation for j in range(M.shape[1])])
order = np.argsort(-np.abs(rho))
selected = [pool[j] for j in order if abs(rho[j]) >= 0.08]
print(pd.Series(rho, index=pool).round(3).sort_values())
print("retained:", selected)

when = df["order_ts"].to_numpy()
who = df["courier_id"].to_numpy()
est = when < np.datetime64("2024-03-01")
out = ~est & ~np.isin(who, np.unique(who[est]))

Xs = sm.add_constant(df[selected].to_numpy(float))
fit = sm.OLS(Y[est], Xs[est]).fit()
pred = fit.predict(Xs[out])

print(f"MAE model {mean_absolute_error(Y[out], pred):.2f}")
print(f"MAE baseline (estimation-window mean) {mean_absolute_error(Y[out], np.full(out.sum(), Y[est].mean())):.2f}")
