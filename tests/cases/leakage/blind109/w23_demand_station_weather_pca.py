"""Replace the single city weather feed with the six municipal stations.

The vendor feed was discontinued in April 2024. The municipal network has six
stations (temp, precip, humidity, wind each). Compress them to a few components
and refit the zone-hour demand regression.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_parquet("data/zone_hour_demand_stations.parquet")
df["hour_start"] = pd.to_datetime(df["hour_start"])
df = df.sort_values(["zone_id", "hour_start"]).reset_index(drop=True)

station_cols = [c for c in df.columns if c.split("_st")[0] in ("temp", "precip", "humidity", "wind")]
print(len(station_cols), "station columns")
print(df[station_cols].isna().mean().round(3).sort_values(ascending=False).head())

# station readings: fill small gaps with the same station's previous hour
df[station_cols] = df.groupby("zone_id")[station_cols].ffill()
df = df.dropna(subset=station_cols)

Z = StandardScaler().fit_transform(df[station_cols])
pca = PCA(n_components=6, random_state=0)
pcs = pca.fit_transform(Z)
print("explained variance:", np.round(pca.explained_variance_ratio_, 3))
for i in range(pcs.shape[1]):
    df[f"wx_pc{i + 1}"] = pcs[:, i]

plt.figure(figsize=(6, 3))
plt.plot(np.cumsum(pca.explained_variance_ratio_), marker="o")
plt.title("cumulative explained variance")
plt.savefig("pca_station_weather.png", dpi=120)

df["hour"] = df["hour_start"].dt.hour
df["dow"] = df["hour_start"].dt.dayofweek
g = df.groupby("zone_id")["ride_requests"]
df["lag_168"] = g.shift(168)
df["lag_336"] = g.shift(336)
df = df.dropna(subset=["lag_336"])

calendar = pd.get_dummies(df[["hour", "dow", "zone_id"]].astype(str), drop_first=True, dtype=float)
X = pd.concat([calendar, df[["is_holiday", "event_flag", "lag_168", "lag_336"] + [f"wx_pc{i + 1}" for i in range(6)]]], axis=1)
y = np.log1p(df["ride_requests"])

train_mask = df["hour_start"] < "2024-05-01"
test_mask = (df["hour_start"] >= "2024-05-01") & (df["hour_start"] < "2024-06-01")
ridge = Ridge(alpha=3.0).fit(X[train_mask], y[train_mask])
pred = np.expm1(ridge.predict(X[test_mask])).clip(0)

actual = df.loc[test_mask, "ride_requests"]
print(f"May 2024  MAE={mean_absolute_error(actual, pred):.2f}  "
      f"RMSE={mean_squared_error(actual, pred) ** 0.5:.2f}  R2={r2_score(actual, pred):.3f}")
