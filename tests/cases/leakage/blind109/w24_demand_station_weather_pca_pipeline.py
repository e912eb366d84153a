"""Zone-hour demand: switch from the vendor weather feed to the six municipal stations.

Stations are compressed with PCA inside the model pipeline (fitted on the training
months), and the result is compared with the seasonal-naive forecast on May 2024.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.decomposition import PCA
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_parquet("data/zone_hour_demand_stations.parquet")
df["hour_start"] = pd.to_datetime(df["hour_start"])
df = df.sort_values(["zone_id", "hour_start"]).reset_index(drop=True)

station_cols = [c for c in df.columns if c.split("_st")[0] in ("temp", "precip", "humidity", "wind")]
print(len(station_cols), "station columns")
df[station_cols] = df.groupby("zone_id")[station_cols].ffill()
df = df.dropna(subset=station_cols)

df["hour"] = df["hour_start"].dt.hour.astype(str)
df["dow"] = df["hour_start"].dt.dayofweek.astype(str)
g = df.groupby("zone_id")["ride_requests"]
df["lag_168"] = g.shift(168)
df["lag_336"] = g.shift(336)
df = df.dropna(subset=["lag_336"])

cal_cols = ["hour", "dow", "zone_id"]
num_cols = ["is_holiday", "event_flag", "lag_168", "lag_336"]

train = df[df["hour_start"] < "2024-05-01"]
test = df[(df["hour_start"] >= "2024-05-01") & (df["hour_start"] < "2024-06-01")]
print("train", train["hour_start"].min(), "->", train["hour_start"].max(), len(train))
print("test ", test["hour_start"].min(), "->", test["hour_start"].max(), len(test))

weather = Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=6, random_state=0))])
prep = ColumnTransformer([
    ("wx", weather, station_cols),
    ("cal", OneHotEncoder(handle_unknown="ignore"), cal_cols),
    ("num", "passthrough", num_cols),
])
model = TransformedTargetRegressor(
    regressor=Pipeline([("prep", prep), ("ridge", Ridge(alpha=3.0))]),
    func=np.log1p, inverse_func=np.expm1,
)
model.fit(train[station_cols + cal_cols + num_cols], train["ride_requests"])
print("explained variance:",
      np.round(model.regressor_.named_steps["prep"].named_transformers_["wx"].named_steps["pca"].explained_variance_ratio_, 3))

pred = model.predict(test[station_cols + cal_cols + num_cols]).clip(0)
actual = test["ride_requests"]
for name, p in [("seasonal naive baseline", test["lag_168"]), ("ridge + station PCA", pred)]:
    print(f"{name:24s} MAE={mean_absolute_error(actual, p):.2f}  "
          f"RMSE={mean_squared_error(actual, p) ** 0.5:.2f}  R2={r2_score(actual, p):.3f}")
