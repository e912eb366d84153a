"""Delivery delay: linear mixed model with a courier random intercept.

Test orders come from couriers who start after the estimation window, so
predictions use the fixed effects only (random effect = 0 for a new courier).
"""
import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import mean_absolute_error, mean_squared_error

df = pd.read_csv("deliveries.csv", parse_dates=["order_ts"])
df = df.dropna(subset=["delay_min", "distance_km", "traffic_index"])
df["ln_dist"] = np.log1p(df["distance_km"])
df["dinner"] = df["order_ts"].dt.hour.between(18, 21).astype(int)
df["wet"] = (df["rain_mm"] > 0.5).astype(int)
df["items_c"] = df["n_items"].clip(upper=10)

cut = pd.Timestamp("2024-03-01")
est = df.loc[df["order_ts"] < cut].copy()
new_couriers = ~df["courier_id"].isin(est["courier_id"].unique())
ev = df.loc[(df["order_ts"] >= cut) & new_couriers].copy()
print(f"estimation: {len(est)} orders / {est['courier_id'].nunique()} couriers")
print(f"evaluation: {len(ev)} orders / {ev['courier_id'].nunique()} couriers")

# centre continuous covariates at estimation-window means
for c in ["ln_dist", "restaurant_prep_min", "traffic_index"]:
    m = est[c].mean()
    est[c + "_c"] = est[c] - m
    ev[c + "_c"] = ev[c] - m

formula = "delay_min ~ ln_dist_c + items_c + restaurant_prep_min_c + traffic_index_c + wet + dinner"
mm = smf.mixedlm(formula, data=est, groups=est["courier_id"]).fit(reml=True, method="lbfgs")
print(mm.fe_params.round(3))
sigma_u = np.sqrt(float(mm.cov_re.iloc[0, 0]))
print(f"courier sd {sigma_u:.2f} min, residual sd {np.sqrt(mm.scale):.2f} min, "
      f"ICC {sigma_u ** 2 / (sigma_u ** 2 + mm.scale):.3f}")

pred = mm.predict(ev)
y = ev["delay_min"].to_numpy()
base = np.full(len(y), est["delay_min"].median())

print(f"MAE  mixed model {mean_absolute_error(y, pred):.2f} | median baseline {mean_absolute_error(y, base):.2f}")
print(f"RMSE mixed model {np.sqrt(mean_squared_error(y, pred)):.2f} | median baseline {np.sqrt(mean_squared_error(y, base)):.2f}")

rng = np.random.default_rng(8)
ae = np.abs(y - np.asarray(pred))
ci = np.percentile([ae[rng.integers(0, len(ae), len(ae))].mean() for _ in range(2000)], [2.5, 97.5])
print("MAE 95% CI", ci.round(2))
