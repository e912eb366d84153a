# Hourly load: weather PCA + kernel ridge, expanding-window backtest
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.kernel_ridge import KernelRidge
from sklearn.metrics import mean_absolute_error
from sklearn.preprocessing import StandardScaler

TARGET, TIME, ID = "load_mw", "timestamp", "obs_id"

hist = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
future = pd.read_csv("test.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)


def raw_features(d):
    f = pd.DataFrame(index=d.index)
    for c in ["temperature", "humidity", "wind_speed"]:
        f[c] = d[c].ffill()
        f[c + "_lag3"] = f[c].shift(3)
        f[c + "_lag24"] = f[c].shift(24)
    f["hour_sin"] = np.sin(2 * np.pi * d[TIME].dt.hour / 24)
    f["hour_cos"] = np.cos(2 * np.pi * d[TIME].dt.hour / 24)
    f["weekend"] = (d[TIME].dt.dayofweek >= 5).astype(int)
    f["holiday"] = d["is_holiday"]
    return f.fillna(0)


F = raw_features(hist)
F_future = raw_features(future)

# compress the correlated weather block: standardise, then keep 8 components
scaler = StandardScaler().fit(F)
pca = PCA(n_components=8, random_state=0).fit(scaler.transform(F))
print("explained variance:", pca.explained_variance_ratio_.round(3), pca.explained_variance_ratio_.sum().round(3))
Z = pca.transform(scaler.transform(F))
Z_future = pca.transform(scaler.transform(F_future))
y = hist[TARGET].to_numpy()


def expanding_origin(n, first_train, test_len):
    end = first_train
    while end + test_len <= n:
        yield np.arange(end), np.arange(end, end + test_len)
        end += test_len


scores = []
for tr, te in expanding_origin(len(hist), first_train=24 * 300, test_len=24 * 21):
    # kernel ridge is O(n^2): train on the most recent 120 days of the window
    tr = tr[-24 * 120:]
    kr = KernelRidge(alpha=1.0, kernel="rbf", gamma=0.1).fit(Z[tr], y[tr])
    pred = kr.predict(Z[te])
    last_week = y[te - 168]  # same hour one week earlier: naive seasonal baseline
    scores.append((hist.loc[te[0], TIME], mean_absolute_error(y[te], pred),
                   mean_absolute_error(y[te], last_week)))

bt = pd.DataFrame(scores, columns=["test_start", "mae_krr", "mae_naive_weekly"])
print(bt.round(2).to_string(index=False))
print(bt[["mae_krr", "mae_naive_weekly"]].mean().round(2))

kr = KernelRidge(alpha=1.0, kernel="rbf", gamma=0.1).fit(Z[-24 * 120:], y[-24 * 120:])
pd.DataFrame({ID: future[ID], "prediction": kr.predict(Z_future)}).to_csv("predictions.csv", index=False)
