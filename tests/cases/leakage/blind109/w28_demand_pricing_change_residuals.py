# Did the 1 Feb pricing change break the demand model?
# Fit the production configuration on the full history and compare the error before and
# after the change, overall and per zone.
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

CHANGE = pd.Timestamp("2024-02-01")

df = pd.read_csv("data/zone_hour_demand.csv", parse_dates=["hour_start"])
df = df.sort_values(["zone_id", "hour_start"]).reset_index(drop=True)
df["hour"] = df["hour_start"].dt.hour
df["dow"] = df["hour_start"].dt.dayofweek
df["post_change"] = (df["hour_start"] >= CHANGE).astype(int)
lag = df.groupby("zone_id")["ride_requests"].shift(168)
df["lag_168"] = lag
df = df.dropna(subset=["lag_168"])
df[["temp_c", "precip_mm"]] = df[["temp_c", "precip_mm"]].fillna(0)

cols = ["zone_id", "hour", "dow", "is_holiday", "event_flag", "temp_c", "precip_mm", "lag_168"]
rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=20, n_jobs=-1, random_state=0)
rf.fit(df[cols], df["ride_requests"])
df["pred"] = rf.predict(df[cols])
df["abs_err"] = (df["ride_requests"] - df["pred"]).abs()

for flag, label in [(0, "before change"), (1, "after change")]:
    part = df[df["post_change"] == flag]
    print(f"{label:14s} MAE={mean_absolute_error(part['ride_requests'], part['pred']):.2f}  "
          f"bias={(part['pred'] - part['ride_requests']).mean():+.2f}  n={len(part)}")

by_zone = df.groupby(["zone_id", "post_change"])["abs_err"].mean().unstack()
by_zone["ratio"] = by_zone[1] / by_zone[0]
print(by_zone.sort_values("ratio", ascending=False).head(10).round(2))

weekly = df.set_index("hour_start").resample("W")["abs_err"].mean()
ax = weekly.plot(figsize=(11, 3), title="weekly MAE")
ax.axvline(CHANGE, color="red", ls="--")
plt.tight_layout()
plt.savefig("weekly_mae_pricing_change.png", dpi=120)

# alert rule for the dashboard: weekly MAE 25% above its trailing 8-week median
trail = weekly.shift(1).rolling(8).median()
alerts = weekly[weekly > 1.25 * trail]
print("weeks that would have alerted:")
print(alerts.round(2))
