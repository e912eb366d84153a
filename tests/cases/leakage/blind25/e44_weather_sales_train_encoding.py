"""Umbrella & rainwear department, daily revenue for one store.

The weather condition reported by the nearby station is encoded by the mean
revenue it goes with, using training days only (unseen conditions fall back
to the training mean)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("rainwear_daily.csv", parse_dates=["date"]).sort_values("date").reset_index(drop=True)
wx = pd.read_csv("station_daily.csv", parse_dates=["date"])
df = df.merge(wx[["date", "weather_main", "precip_mm", "temp_c", "wind_ms"]], on="date", how="left")
df["weather_main"] = df["weather_main"].fillna("Unknown")

df["dow"] = df["date"].dt.dayofweek
df["weekend"] = (df["dow"] >= 5).astype(int)
df["autumn"] = df["date"].dt.month.isin([9, 10, 11]).astype(int)
df["rev_lag1"] = df["revenue"].shift(1)
df["rev_lag7"] = df["revenue"].shift(7)
df["rev_avg14"] = df["revenue"].shift(1).rolling(14).mean()
df["precip_prev"] = df["precip_mm"].shift(1)
df = df.dropna(subset=["rev_lag7", "rev_avg14", "precip_prev"]).reset_index(drop=True)

split_date = df["date"].iloc[int(len(df) * 0.8)]
tr = df[df["date"] < split_date].copy()
te = df[df["date"] >= split_date].copy()

global_mean = tr["revenue"].mean()
stats = tr.groupby("weather_main")["revenue"].agg(["mean", "count"])
smoothing = 20
enc = (stats["mean"] * stats["count"] + global_mean * smoothing) / (stats["count"] + smoothing)
tr["weather_enc"] = tr["weather_main"].map(enc)
te["weather_enc"] = te["weather_main"].map(enc).fillna(global_mean)

cols = ["weather_enc", "precip_mm", "precip_prev", "temp_c", "wind_ms", "weekend", "autumn",
        "rev_lag1", "rev_lag7", "rev_avg14"]
scaler = StandardScaler().fit(tr[cols])
ridge = Ridge(alpha=1.0).fit(scaler.transform(tr[cols]), tr["revenue"])
pred = ridge.predict(scaler.transform(te[cols]))

baseline = DummyRegressor().fit(tr[cols], tr["revenue"]).predict(te[cols])
print("train", tr["date"].min().date(), "->", tr["date"].max().date(), "| test", te["date"].min().date(), "->", te["date"].max().date())
print(f"ridge    MAE {mean_absolute_error(te['revenue'], pred):.1f}  R2 {r2_score(te['revenue'], pred):.3f}")
print(f"baseline MAE {mean_absolute_error(te['revenue'], baseline):.1f}")
print(pd.Series(ridge.coef_, index=cols).round(2).sort_values())
