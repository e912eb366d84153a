"""PV day-ahead with clear-sky index target transform.

- target is modelled as clear-sky index k = pv / (capacity * cs_ghi / 1000), predicted with ridge
- baselines: 24h persistence and smart persistence (yesterday's k times today's clear sky)
- evaluation: expanding-window TimeSeriesSplit, 30-day test windows
"""
import numpy as np
import pandas as pd
from pvlib.location import Location
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler, SplineTransformer
from sklearn.compose import make_column_transformer
from sklearn.metrics import mean_absolute_error

CAP = 12.0
site = Location(48.14, 11.58, tz="UTC", altitude=520)

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)
times = pd.DatetimeIndex(df["timestamp"]).tz_localize("UTC")
df["cs_ghi"] = site.get_clearsky(times, model="ineichen")["ghi"].values
df["elev"] = site.get_solarposition(times)["apparent_elevation"].values
df["pv_clear"] = CAP * df["cs_ghi"] / 1000.0

day = df["cs_ghi"] > 20
df["k_fcst"] = np.where(day, df["ghi_fcst_wm2"] / df["cs_ghi"].clip(lower=1), 0).clip(0, 1.5)
df["k_pv"] = np.where(day, df["pv_mwh"] / df["pv_clear"].clip(lower=1e-3), 0).clip(0, 1.5)
df["k_pv_lag24"] = df["k_pv"].shift(24)
df["hour"] = df["timestamp"].dt.hour
df = df.dropna(subset=["k_pv_lag24"]).reset_index(drop=True)

num = ["k_fcst", "cloud_fcst_pct", "temp_fcst_c", "wind_fcst_ms", "k_pv_lag24"]
pre = make_column_transformer(
    (StandardScaler(), num),
    (SplineTransformer(n_knots=6, degree=3), ["elev"]),
)
model = make_pipeline(pre, RidgeCV(alphas=np.logspace(-3, 2, 12)))

tscv = TimeSeriesSplit(n_splits=5, test_size=24 * 30)
rows = []
for i, (tr, te) in enumerate(tscv.split(df)):
    a, b = df.iloc[tr], df.iloc[te]
    model.fit(a[num + ["elev"]], a["k_pv"])
    k_hat = np.clip(model.predict(b[num + ["elev"]]), 0, 1.5)
    pred = k_hat * b["pv_clear"]
    persistence = df["pv_mwh"].shift(24).iloc[te]
    smart = b["k_pv_lag24"] * b["pv_clear"]
    rows.append({"fold": i,
                 "ridge": mean_absolute_error(b["pv_mwh"], pred),
                 "baseline_persistence": mean_absolute_error(b["pv_mwh"], persistence),
                 "baseline_smart_persistence": mean_absolute_error(b["pv_mwh"], smart)})

res = pd.DataFrame(rows).set_index("fold")
print(res.round(3))
print(res.mean().round(3))
