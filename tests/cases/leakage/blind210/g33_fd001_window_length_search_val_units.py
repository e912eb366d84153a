"""How long a history does a RUL model need?  Flattened sliding windows of
N cycles into a random forest, for several N, on CMAPSS FD001."""
import time

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.preprocessing import MinMaxScaler
from sklearn.model_selection import GroupShuffleSplit
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


def scaled(fit_df, *others):
    sc = MinMaxScaler().fit(fit_df[SENS])
    out = []
    for d in (fit_df,) + others:
        d = d.copy()
        d[SENS] = sc.transform(d[SENS])
        out.append(d)
    return out


def make_rf():
    return RandomForestRegressor(n_estimators=150, min_samples_leaf=4, max_features=0.3, n_jobs=-1, random_state=0)


train = read("train_FD001.txt")
test = read("test_FD001.txt")
truth = np.loadtxt(f"{DIR}/RUL_FD001.txt")
y_test = np.minimum(truth, CAP)

train["RUL"] = np.minimum(train.groupby("unit")["cycle"].transform("max") - train["cycle"], CAP)

# choose the window length on engines held out from the training file
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
fit_idx, val_idx = next(gss.split(train, groups=train["unit"]))
fit_df, val_df = scaled(train.iloc[fit_idx], train.iloc[val_idx])

results = []
for n in WINDOWS:
    t0 = time.time()
    X_fit, y_fit = windows(fit_df, n)
    X_val, y_val = windows(val_df, n)
    rf = make_rf().fit(X_fit, y_fit)
    rmse = mean_squared_error(y_val, rf.predict(X_val)) ** 0.5
    results.append({"window": n, "n_fit_windows": len(X_fit), "val_rmse": rmse, "secs": time.time() - t0})
    print(f"window {n:3d}: validation RMSE {rmse:6.2f}  ({time.time() - t0:.0f}s)")

res = pd.DataFrame(results).sort_values("val_rmse")
print(res.round(2).to_string(index=False))
best_n = int(res.iloc[0]["window"])
print(f"\nselected window = {best_n}")

# refit on all training engines, score the official test set once
train_s, test_s = scaled(train, test)
X_tr, y_tr = windows(train_s, best_n)
X_te = windows(test_s, best_n, with_target=False, last_only=True)
final = make_rf().fit(X_tr, y_tr)
best_pred = final.predict(X_te)
best_rmse = mean_squared_error(y_test, best_pred) ** 0.5
d = best_pred - y_test
nasa = np.sum(np.where(d < 0, np.exp(-d / 13) - 1, np.exp(d / 10) - 1))

dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
dummy_rmse = mean_squared_error(y_test, dummy.predict(X_te)) ** 0.5
print(f"FD001 test RMSE = {best_rmse:.2f}, NASA score = {nasa:.0f}  (mean-RUL dummy: {dummy_rmse:.2f})")

pd.DataFrame({"unit": np.arange(1, len(best_pred) + 1), "rul_pred": best_pred.round(1)}).to_csv(
    f"rf_window{best_n}_fd001.csv", index=False
)
res.to_csv("window_search.csv", index=False)
