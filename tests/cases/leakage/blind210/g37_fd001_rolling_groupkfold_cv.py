"""Model comparison for FD001 RUL with engine-wise 5-fold cross-validation.

Features: current sensor values + trailing mean / std / slope over the last
10 cycles of the same engine. Every fold keeps whole engines together.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

W = 10
CAP = 125
cols = ["unit", "cycle", "os1", "os2", "os3"] + [f"s{i}" for i in range(1, 22)]
sensors = ["s2", "s3", "s4", "s7", "s8", "s9", "s11", "s12", "s13", "s14", "s15", "s17", "s20", "s21"]

df = pd.read_csv("CMAPSSData/train_FD001.txt", sep=r"\s+", header=None, names=cols)
df = df.sort_values(["unit", "cycle"]).reset_index(drop=True)
df["RUL"] = (df.groupby("unit")["cycle"].transform("max") - df["cycle"]).clip(upper=CAP)


def trailing_slope(x):
    return np.polyfit(np.arange(len(x)), x, 1)[0]


g = df.groupby("unit")
for s in sensors:
    df[f"{s}_mean"] = g[s].transform(lambda x: x.rolling(W, min_periods=1).mean())
    df[f"{s}_std"] = g[s].transform(lambda x: x.rolling(W, min_periods=2).std()).fillna(0)
    df[f"{s}_slope"] = g[s].transform(lambda x: x.rolling(W, min_periods=3).apply(trailing_slope, raw=True)).fillna(0)

features = sensors + [f"{s}_{k}" for s in sensors for k in ("mean", "std", "slope")]
X, y, groups = df[features], df["RUL"], df["unit"]
print(X.shape, "features from", groups.nunique(), "engines")

cv = GroupKFold(n_splits=5)
candidates = {
    "dummy (mean)": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=10.0)),
    "random forest": RandomForestRegressor(n_estimators=200, min_samples_leaf=5, n_jobs=-1, random_state=0),
    "hist gbm": HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=0),
}

rows = []
oof = {}
for name, est in candidates.items():
    p = cross_val_predict(est, X, y, groups=groups, cv=cv, n_jobs=1)
    oof[name] = p
    rows.append({
        "model": name,
        "rmse_all": mean_squared_error(y, p) ** 0.5,
        "mae_all": mean_absolute_error(y, p),
        "rmse_low_rul": mean_squared_error(y[y <= 50], p[(y <= 50).to_numpy()]) ** 0.5,
    })
    print(f"{name:14s} done")

summary = pd.DataFrame(rows).set_index("model").round(2)
print(summary.to_string())

best = summary["rmse_all"].idxmin()
print("best model by CV RMSE:", best)
out = df[["unit", "cycle", "RUL"]].copy()
out["oof_pred"] = oof[best]
out.to_csv("fd001_oof_predictions.csv", index=False)
summary.to_csv("fd001_cv_summary.csv")
