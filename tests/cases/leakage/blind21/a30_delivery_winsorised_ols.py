"""Delivery delay: OLS on winsorised covariates, new-courier out-of-time evaluation."""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import mean_absolute_error, median_absolute_error

df = pd.read_csv("deliveries.csv", parse_dates=["order_ts"])
df = df.dropna(subset=["delay_min"]).sort_values("order_ts").reset_index(drop=True)

COVS = ["distance_km", "n_items", "restaurant_prep_min", "traffic_index", "rain_mm",
        "courier_experience_days"]
limits = {c: (0.5, 99.5) for c in COVS}
limits["rain_mm"] = (0.0, 99.0)

clean = df.copy()
for col, (lo_q, hi_q) in limits.items():
    lo, hi = np.nanpercentile(clean[col], [lo_q, hi_q])
    clean[col] = clean[col].clip(lo, hi)
clean["hour_sin"] = np.sin(2 * np.pi * clean["order_ts"].dt.hour / 24)
clean["hour_cos"] = np.cos(2 * np.pi * clean["order_ts"].dt.hour / 24)

feats = COVS + ["hour_sin", "hour_cos"]
clean = clean.dropna(subset=feats)

t0 = pd.Timestamp("2024-03-01")
est = clean[clean["order_ts"] < t0]
ev = clean[(clean["order_ts"] >= t0) & ~clean["courier_id"].isin(est["courier_id"].unique())]

X_est = sm.add_constant(est[feats])
X_ev = sm.add_constant(ev[feats], has_constant="add")
res = sm.OLS(est["delay_min"], X_est).fit(cov_type="HC1")
print(res.params.round(3))

pred = res.predict(X_ev)
base = np.full(len(ev), est["delay_min"].mean())
print(f"MAE    OLS {mean_absolute_error(ev['delay_min'], pred):.2f}   mean baseline {mean_absolute_error(ev['delay_min'], base):.2f}")
print(f"MedAE  OLS {median_absolute_error(ev['delay_min'], pred):.2f}   mean baseline {median_absolute_error(ev['delay_min'], base):.2f}")
