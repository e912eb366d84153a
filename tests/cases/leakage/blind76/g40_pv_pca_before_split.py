# PV day-ahead: compress the correlated NWP inputs with PCA, then fit a small MLP / ridge.
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp").reset_index(drop=True)

# NWP inputs + harmonic time encodings
hour = df["timestamp"].dt.hour + df["timestamp"].dt.minute / 60
doy = df["timestamp"].dt.dayofyear
df["h_sin"], df["h_cos"] = np.sin(2 * np.pi * hour / 24), np.cos(2 * np.pi * hour / 24)
df["d_sin"], df["d_cos"] = np.sin(2 * np.pi * doy / 365.25), np.cos(2 * np.pi * doy / 365.25)
df["ghi_x_clear"] = df["ghi_fcst_wm2"] * (1 - df["cloud_fcst_pct"] / 100)
df["ghi_sq"] = df["ghi_fcst_wm2"] ** 2
df["ghi_x_temp"] = df["ghi_fcst_wm2"] * df["temp_fcst_c"]

nwp = ["ghi_fcst_wm2", "temp_fcst_c", "cloud_fcst_pct", "wind_fcst_ms", "ghi_x_clear", "ghi_sq",
       "ghi_x_temp", "h_sin", "h_cos", "d_sin", "d_cos"]

Z = StandardScaler().fit_transform(df[nwp])
pca = PCA(n_components=0.98, svd_solver="full").fit(Z)
print("components kept:", pca.n_components_, "explained:", pca.explained_variance_ratio_.round(3))
P = pca.transform(Z)

n_test = 24 * 60  # last 60 days
P_tr, P_te = P[:-n_test], P[-n_test:]
y_tr, y_te = df["pv_mwh"].values[:-n_test], df["pv_mwh"].values[-n_test:]

for name, model in [
    ("ridge", Ridge(alpha=1.0)),
    ("mlp", MLPRegressor(hidden_layer_sizes=(64, 32), alpha=1e-3, max_iter=400, early_stopping=True,
                         random_state=0)),
]:
    model.fit(P_tr, y_tr)
    pred = np.clip(model.predict(P_te), 0, None)
    print(f"{name:>5}: MAE {mean_absolute_error(y_te, pred):.3f}  R2 {r2_score(y_te, pred):.3f}")
