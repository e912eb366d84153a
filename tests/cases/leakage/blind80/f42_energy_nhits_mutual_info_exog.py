# ---------------------------------------------------------------------------
# Energy load forecast (48h) - NHITS + selected weather/calendar regressors
#
# Steps
#   1) build candidate regressors
#   2) rank them by mutual information with load_kw, keep the top K
#   3) NHITS with those as futr_exog, train up to the cutoff, forecast last 48h
#   4) compare with seasonal naive baselines (24h and 168h)
# ---------------------------------------------------------------------------
import numpy as np
import pandas as pd
from sklearn.feature_selection import mutual_info_regression
from neuralforecast import NeuralForecast
from neuralforecast.models import NHITS
from neuralforecast.losses.pytorch import MAE

H = 48
TOP_K = 5
RANDOM_STATE = 0

# 1) --------------------------------------------------------------------------
df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values(["meter_id", "timestamp"]).reset_index(drop=True)
df[["temperature", "humidity"]] = df.groupby("meter_id")[["temperature", "humidity"]].ffill()
df = df.dropna(subset=["load_kw", "temperature", "humidity"])

df["hour"] = df.timestamp.dt.hour
df["dow"] = df.timestamp.dt.dayofweek
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df["hour_sin"] = np.sin(2 * np.pi * df["hour"] / 24)
df["hour_cos"] = np.cos(2 * np.pi * df["hour"] / 24)
df["cdd"] = (df["temperature"] - 18).clip(lower=0)      # cooling degree
df["hdd"] = (15 - df["temperature"]).clip(lower=0)      # heating degree
df["temp_sq"] = df["temperature"] ** 2
df["temp_x_hum"] = df["temperature"] * df["humidity"]
df["is_holiday"] = df["is_holiday"].astype(int)
df["tariff_code"] = df["tariff_band"].map({"off_peak": 0, "shoulder": 1, "peak": 2}).fillna(1)

CANDIDATES = ["temperature", "humidity", "cdd", "hdd", "temp_sq", "temp_x_hum",
              "hour_sin", "hour_cos", "dow", "is_weekend", "is_holiday", "tariff_code"]

# 2) --------------------------------------------------------------------------
sample = df.sample(n=min(200_000, len(df)), random_state=RANDOM_STATE)
mi = mutual_info_regression(sample[CANDIDATES], sample["load_kw"], random_state=RANDOM_STATE)
mi = pd.Series(mi, index=CANDIDATES).sort_values(ascending=False)
print("mutual information with load_kw:\n", mi.round(4).to_string())
EXOG = mi.head(TOP_K).index.tolist()
print("using:", EXOG)

# 3) --------------------------------------------------------------------------
Y = df.rename(columns={"meter_id": "unique_id", "timestamp": "ds", "load_kw": "y"})[["unique_id", "ds", "y"] + EXOG]
cutoff = Y["ds"].max() - pd.Timedelta(hours=H)
train = Y[Y.ds <= cutoff]
test = Y[Y.ds > cutoff]

nf = NeuralForecast(
    models=[NHITS(h=H, input_size=168, futr_exog_list=EXOG, loss=MAE(), scaler_type="robust",
                  n_pool_kernel_size=[24, 12, 1], n_freq_downsample=[24, 12, 1],
                  max_steps=1500, learning_rate=1e-3, random_seed=RANDOM_STATE)],
    freq="h",
)
nf.fit(df=train)
fc = nf.predict(futr_df=test[["unique_id", "ds"] + EXOG]).reset_index()
res = test.merge(fc, on=["unique_id", "ds"], how="left")

# 4) --------------------------------------------------------------------------
for lag in (24, 168):
    shifted = Y[["unique_id", "ds", "y"]].copy()
    shifted["ds"] = shifted["ds"] + pd.Timedelta(hours=lag)
    # seasonal naive must only use values observed by the cutoff
    shifted = shifted[shifted["ds"] - pd.Timedelta(hours=lag) <= cutoff]
    # for lag 24 the second forecast day would need day-1 values -> repeat the last observed day
    if lag == 24:
        last_day = train[train.ds > cutoff - pd.Timedelta(hours=24)].copy()
        last_day["hour"] = last_day.ds.dt.hour
        tmp = res[["unique_id", "ds"]].copy()
        tmp["hour"] = tmp.ds.dt.hour
        tmp = tmp.merge(last_day[["unique_id", "hour", "y"]], on=["unique_id", "hour"], how="left")
        res[f"baseline_snaive{lag}"] = tmp["y"].values
    else:
        res = res.merge(shifted.rename(columns={"y": f"baseline_snaive{lag}"}), on=["unique_id", "ds"], how="left")

print(f"\nholdout = last {H}h of every meter")
for col in ["NHITS", "baseline_snaive24", "baseline_snaive168"]:
    err = res["y"] - res[col]
    print(f"{col:20s} MAE {err.abs().mean():8.3f}  RMSE {np.sqrt((err**2).mean()):8.3f}")
