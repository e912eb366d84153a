# Forest fires (Montesinho park): burned area regression with plain numpy.
# Ridge regression in closed form, 10-fold CV written by hand.
import numpy as np
import pandas as pd

rng = np.random.default_rng(0)

fires = pd.read_csv("forestfires.csv")
print(fires.shape)
print(fires.describe().round(2))
print("share of zero-area fires:", (fires["area"] == 0).mean().round(3))

MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul",
                                      "aug", "sep", "oct", "nov", "dec"], start=1)}
DAYS = {d: i for i, d in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}

fires["month_num"] = fires["month"].map(MONTHS)
fires["day_num"] = fires["day"].map(DAYS)
fires["summer"] = fires["month_num"].isin([6, 7, 8, 9]).astype(float)
fires["month_sin"] = np.sin(2 * np.pi * fires["month_num"] / 12)
fires["month_cos"] = np.cos(2 * np.pi * fires["month_num"] / 12)
fires["log_ISI"] = np.log1p(fires["ISI"])
fires["log_rain"] = np.log1p(fires["rain"])

cols = ["X", "Y", "FFMC", "DMC", "DC", "log_ISI", "temp", "RH", "wind", "log_rain",
        "summer", "month_sin", "month_cos", "day_num"]
X = fires[cols].to_numpy(dtype=float)
y = np.log1p(fires["area"].to_numpy(dtype=float))

# standardise features
mu = X.mean(axis=0)
sd = X.std(axis=0)
sd[sd == 0] = 1.0
X = (X - mu) / sd


def ridge_fit(X, y, lam):
    Xb = np.hstack([np.ones((X.shape[0], 1)), X])
    I = np.eye(Xb.shape[1])
    I[0, 0] = 0.0
    return np.linalg.solve(Xb.T @ Xb + lam * I, Xb.T @ y)


def ridge_predict(w, X):
    return w[0] + X @ w[1:]


def kfold_indices(n, k, rng):
    idx = rng.permutation(n)
    return np.array_split(idx, k)


folds = kfold_indices(len(y), 10, rng)
for lam in [0.1, 1.0, 10.0, 100.0]:
    maes, rmses = [], []
    for i in range(len(folds)):
        te = folds[i]
        tr = np.concatenate([folds[j] for j in range(len(folds)) if j != i])
        w = ridge_fit(X[tr], y[tr], lam)
        pred = ridge_predict(w, X[te])
        maes.append(np.mean(np.abs(np.expm1(pred) - np.expm1(y[te]))))
        rmses.append(np.sqrt(np.mean((pred - y[te]) ** 2)))
    print(f"lambda={lam:6.1f}  MAE(ha)={np.mean(maes):7.2f}  RMSE(log)={np.mean(rmses):.3f}")

# baseline: predict the mean log area of the training folds
base = []
for i in range(len(folds)):
    te = folds[i]
    tr = np.concatenate([folds[j] for j in range(len(folds)) if j != i])
    base.append(np.mean(np.abs(np.expm1(y[tr].mean()) - np.expm1(y[te]))))
print("mean baseline MAE(ha): %.2f" % np.mean(base))
