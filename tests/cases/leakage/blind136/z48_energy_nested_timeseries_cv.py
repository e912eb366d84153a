# Hourly load: nested time-series cross-validation + Diebold-Mariano test
#
# Outer: expanding-window TimeSeriesSplit (5 folds, 1-week gap) for the estimate.
# Inner: TimeSeriesSplit on each outer-training window for the hyper-parameters.
# Each outer fold also scores the seasonal-naive baseline (same hour last week),
# and a Diebold-Mariano test compares absolute errors of model vs benchmark.
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import RandomizedSearchCV, TimeSeriesSplit

data = pd.read_csv("data/hourly_load.csv", parse_dates=["timestamp"])
data = data.sort_values("timestamp").reset_index(drop=True)

ts = data["timestamp"]
data["hour"], data["dow"], data["doy"] = ts.dt.hour, ts.dt.dayofweek, ts.dt.dayofyear
data["hdd"] = np.maximum(0, 18 - data["temperature"])
data["cdd"] = np.maximum(0, data["temperature"] - 22)
data["temp_lag3"] = data["temperature"].shift(3)
data["temp_prev24_mean"] = data["temperature"].shift(1).rolling(24, min_periods=12).mean()
data["naive_168"] = data["load_mw"].shift(168)
data = data.dropna(subset=["temp_prev24_mean", "naive_168", "temp_lag3"]).reset_index(drop=True)

X_cols = ["temperature", "humidity", "wind_speed", "is_holiday", "hour", "dow", "doy",
          "hdd", "cdd", "temp_lag3", "temp_prev24_mean"]
X = data[X_cols].to_numpy()
y = data["load_mw"].to_numpy()
naive = data["naive_168"].to_numpy()

outer = TimeSeriesSplit(n_splits=5, gap=168, test_size=24 * 28)
space = {"learning_rate": [0.02, 0.05, 0.1], "max_leaf_nodes": [15, 31, 63],
         "min_samples_leaf": [20, 50, 100], "l2_regularization": [0.0, 0.1, 1.0]}


def diebold_mariano(e_model, e_bench, h=1):
    d = np.abs(e_model) - np.abs(e_bench)
    n = len(d)
    mean_d = d.mean()
    gamma0 = np.var(d, ddof=0)
    var_d = gamma0 / n
    dm = mean_d / np.sqrt(var_d)
    return dm, 2 * stats.norm.sf(abs(dm))


rows = []
for k, (tr, te) in enumerate(outer.split(X)):
    inner = TimeSeriesSplit(n_splits=3, gap=168)
    search = RandomizedSearchCV(HistGradientBoostingRegressor(max_iter=500, random_state=0), space, n_iter=15,
                                cv=inner, scoring="neg_mean_absolute_error", random_state=k, n_jobs=-1)
    search.fit(X[tr], y[tr])
    pred = search.predict(X[te])
    e_model, e_naive = y[te] - pred, y[te] - naive[te]
    dm, p = diebold_mariano(e_model, e_naive)
    rows.append({"fold": k, "test_start": data["timestamp"].iloc[te[0]].date(),
                 "mae_model": mean_absolute_error(y[te], pred), "mae_naive_baseline": np.mean(np.abs(e_naive)),
                 "dm_stat": dm, "p_value": p, "params": search.best_params_})

res = pd.DataFrame(rows)
print(res.drop(columns="params").round(3).to_string(index=False))
print(f"nested MAE {res.mae_model.mean():.2f} ± {res.mae_model.std():.2f}   "
      f"seasonal-naive baseline MAE {res.mae_naive_baseline.mean():.2f} ± {res.mae_naive_baseline.std():.2f}")
print("skill vs naive baseline: {:.1%}".format(1 - res.mae_model.mean() / res.mae_naive_baseline.mean()))
