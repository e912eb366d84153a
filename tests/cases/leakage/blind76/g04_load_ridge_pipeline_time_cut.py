"""Linear day-ahead load model (ridge), last 30 days held out."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)

df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["temp_below_15"] = np.minimum(df["temp_forecast_c"] - 15, 0)
df["temp_above_20"] = np.maximum(df["temp_forecast_c"] - 20, 0)
df["lag24"] = df["load_mw"].shift(24)
df["lag168"] = df["load_mw"].shift(168)

num_cols = ["temp_forecast_c", "temp_below_15", "temp_above_20", "dewpoint_forecast_c",
            "wind_forecast_ms", "cloud_forecast_pct", "lag24", "lag168"]
cat_cols = ["hour", "dow"]
df = df.dropna(subset=num_cols).reset_index(drop=True)

split_time = df["timestamp"].max() - pd.Timedelta(days=30)
train = df[df["timestamp"] <= split_time]
valid = df[df["timestamp"] > split_time]

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ("flag", "passthrough", ["is_holiday"]),
])
model = Pipeline([("pre", pre), ("ridge", Ridge(alpha=1.0))])
model.fit(train[num_cols + cat_cols + ["is_holiday"]], train["load_mw"])
pred = model.predict(valid[num_cols + cat_cols + ["is_holiday"]])

persistence = valid["lag24"]
mae_base = mean_absolute_error(valid["load_mw"], persistence)
mae_model = mean_absolute_error(valid["load_mw"], pred)
print(f"persistence baseline MAE: {mae_base:.1f} MW")
print(f"ridge MAE:                {mae_model:.1f} MW")
print(f"skill vs baseline: {1 - mae_model / mae_base:.3f}")

# hourly error profile
valid = valid.assign(abs_err=np.abs(valid["load_mw"] - pred))
print(valid.groupby("hour")["abs_err"].mean().round(1).to_string())
