# Energy load take-home (hourly kWh per building)
#
# Linear model with hand-built interactions, solved with np.linalg.lstsq.
# The log target makes the errors roughly homoscedastic across building sizes.

import numpy as np
import pandas as pd

np.random.seed(0)

meter = pd.read_csv("train.csv", parse_dates=["timestamp"])
future = pd.read_csv("test.csv", parse_dates=["timestamp"])
print(meter.shape, future.shape)
print(meter[["kwh", "square_feet", "air_temperature"]].describe().round(2))
print(meter.isna().mean()[lambda s: s > 0].round(3))

USES = ["Education", "Office", "Lodging/residential", "Entertainment/public assembly",
        "Public services", "Healthcare", "Other"]


def engineer(d):
    ts = d["timestamp"]
    hr = ts.dt.hour.to_numpy()
    out = {
        "temp": d["air_temperature"].to_numpy(float),
        "dew": d["dew_temperature"].to_numpy(float),
        "wind": d["wind_speed"].to_numpy(float),
        "clouds": d["cloud_coverage"].to_numpy(float),
        "log_area": np.log(d["square_feet"].to_numpy(float)),
        "age": 2016 - d["year_built"].to_numpy(float),
        "floors": d["floor_count"].to_numpy(float),
        "weekend": (ts.dt.dayofweek >= 5).to_numpy(float),
        "work_hours": ((hr >= 8) & (hr <= 18)).astype(float),
        "hr_sin": np.sin(2 * np.pi * hr / 24),
        "hr_cos": np.cos(2 * np.pi * hr / 24),
        "month_sin": np.sin(2 * np.pi * ts.dt.month.to_numpy() / 12),
        "month_cos": np.cos(2 * np.pi * ts.dt.month.to_numpy() / 12),
    }
    out["temp_sq"] = out["temp"] ** 2
    out["temp_x_work"] = out["temp"] * out["work_hours"]
    out["area_x_work"] = out["log_area"] * out["work_hours"]
    for u in USES:
        out["use_" + u] = (d["primary_use"] == u).to_numpy(float)
    return pd.DataFrame(out)


E = engineer(meter)
cols = list(E.columns)
X = E.to_numpy()
y = np.log1p(meter["kwh"].to_numpy(float))

# impute + standardise
col_mean = np.nanmean(X, axis=0)
X = np.where(np.isnan(X), col_mean, X)
col_sd = X.std(axis=0)
col_sd[col_sd == 0] = 1
X = (X - X.mean(axis=0)) / col_sd

idx = np.random.permutation(len(y))
n_test = len(y) // 5
te, tr = idx[:n_test], idx[n_test:]

A = np.column_stack([np.ones(len(X)), X])
coef, *_ = np.linalg.lstsq(A[tr], y[tr], rcond=None)
yhat = A[te] @ coef


def rmse(a, b):
    return np.sqrt(np.mean((a - b) ** 2))


def mae_kwh(a, b):
    return np.mean(np.abs(np.expm1(a) - np.expm1(b)))


naive = np.full(len(te), y[tr].mean())
print(f"baseline (training mean)  RMSLE {rmse(y[te], naive):.4f}  MAE kWh {mae_kwh(y[te], naive):.1f}")
print(f"linear model              RMSLE {rmse(y[te], yhat):.4f}  MAE kWh {mae_kwh(y[te], yhat):.1f}")
r2 = 1 - np.sum((y[te] - yhat) ** 2) / np.sum((y[te] - y[te].mean()) ** 2)
print(f"R^2 (log scale) {r2:.4f}")

boot = np.empty(500)
for b in range(500):
    s = np.random.randint(0, len(te), len(te))
    boot[b] = rmse(y[te][s], yhat[s])
print("RMSLE 95%% CI: %.4f - %.4f" % (np.percentile(boot, 2.5), np.percentile(boot, 97.5)))

print(pd.Series(coef[1:], index=cols).sort_values().round(3))

# residuals by primary use
res = pd.DataFrame({"use": meter["primary_use"].to_numpy()[te], "r": y[te] - yhat})
print(res.groupby("use")["r"].agg(["mean", "std", "size"]).round(3))

# submission: full refit
Xall = E.to_numpy()
m_all = np.nanmean(Xall, axis=0)
Xall = np.where(np.isnan(Xall), m_all, Xall)
mu_all, sd_all = Xall.mean(0), Xall.std(0)
sd_all[sd_all == 0] = 1
coef_all, *_ = np.linalg.lstsq(np.column_stack([np.ones(len(Xall)), (Xall - mu_all) / sd_all]), y, rcond=None)
Xf = engineer(future).to_numpy()
Xf = (np.where(np.isnan(Xf), m_all, Xf) - mu_all) / sd_all
out = np.expm1(coef_all[0] + Xf @ coef_all[1:]).clip(min=0)
pd.DataFrame({"reading_id": future["reading_id"], "prediction": out}).to_csv("predictions.csv", index=False)
print("saved", len(out))
