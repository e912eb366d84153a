"""Hourly regional electricity demand with LightGBM, evaluated on held-out regions.

- features: calendar, day-ahead temperature forecast, holiday flag, demand lags >= 24h
- realised temperature and the settlement price are published after the fact, so they are
  not available when the forecast is made and are dropped
- evaluation: regions are split into fit / eval groups; fit on fit regions before the cutoff,
  score eval regions after the cutoff. Baseline: demand one week earlier.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
df = df.drop(columns=["temp_actual", "settlement_price"])
df = df.sort_values(["region", "timestamp"]).reset_index(drop=True)


def build_features(frame):
    out = frame.copy()
    ts = out["timestamp"]
    out["hour"] = ts.dt.hour
    out["dow"] = ts.dt.dayofweek
    out["month"] = ts.dt.month
    out["hour_sin"] = np.sin(2 * np.pi * out["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * out["hour"] / 24)
    out["cooling_dd"] = (out["temp_forecast"] - 22).clip(lower=0)
    out["heating_dd"] = (15 - out["temp_forecast"]).clip(lower=0)
    g = out.groupby("region")["demand_mw"]
    for lag in (24, 48, 168, 336):
        out[f"lag_{lag}"] = g.shift(lag)
    out["mean_24_lag24"] = g.transform(lambda s: s.shift(24).rolling(24).mean())
    out["mean_168_lag24"] = g.transform(lambda s: s.shift(24).rolling(168).mean())
    return out


df = build_features(df)
FEATURES = ["hour", "dow", "month", "hour_sin", "hour_cos", "temp_forecast", "cooling_dd",
            "heating_dd", "is_holiday", "lag_24", "lag_48", "lag_168", "lag_336",
            "mean_24_lag24", "mean_168_lag24"]

regions = sorted(df["region"].unique())
rng = np.random.default_rng(0)
eval_regions = set(rng.choice(regions, size=max(2, len(regions) // 4), replace=False))
cutoff = df["timestamp"].max() - pd.Timedelta(days=14)

fit = df[(~df["region"].isin(eval_regions)) & (df["timestamp"] <= cutoff)].dropna(subset=FEATURES)
ev = df[(df["region"].isin(eval_regions)) & (df["timestamp"] > cutoff)].dropna(subset=FEATURES)
print(f"fit regions: {sorted(set(regions) - eval_regions)}  eval regions: {sorted(eval_regions)}")
print(f"fit rows {len(fit)}, eval rows {len(ev)}")

params = dict(objective="l1", n_estimators=1500, learning_rate=0.03, num_leaves=127,
              min_child_samples=40, colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)
model = lgb.LGBMRegressor(**params).fit(fit[FEATURES], fit["demand_mw"])
pred = model.predict(ev[FEATURES])

for name, p in [("lightgbm", pred), ("naive t-168h", ev["lag_168"])]:
    print(f"{name:14s} MAE {mean_absolute_error(ev['demand_mw'], p):8.2f}   "
          f"MAPE {mean_absolute_percentage_error(ev['demand_mw'], p):.3%}")

by_region = ev.assign(ape=np.abs(ev["demand_mw"] - pred) / ev["demand_mw"]).groupby("region")["ape"].mean()
print(by_region)

# refit on all regions / full history for the submission
final = lgb.LGBMRegressor(**params).fit(df.dropna(subset=FEATURES)[FEATURES], df.dropna(subset=FEATURES)["demand_mw"])
both = build_features(pd.concat([df[test.columns.tolist() + ["demand_mw"]], test], ignore_index=True)
                      .sort_values(["region", "timestamp"]))
fut = both[both["demand_mw"].isna()]
sub = fut[["timestamp", "region"]].copy()
sub["prediction"] = final.predict(fut[FEATURES])
sub.to_csv("predictions.csv", index=False)
