# Hourly energy consumption - XGBoost evaluated with TimeSeriesSplit (expanding window)
import pandas as pd
import numpy as np
import xgboost as xgb
import matplotlib.pyplot as plt
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"])
df = df.drop_duplicates("Datetime").sort_values("Datetime").set_index("Datetime")
df = df.asfreq("H")
df["PJME_MW"] = df["PJME_MW"].ffill()

df["hour"] = df.index.hour
df["dow"] = df.index.dayofweek
df["month"] = df.index.month
df["doy"] = df.index.dayofyear
for lag in (24, 48, 168):
    df[f"lag_{lag}"] = df["PJME_MW"].shift(lag)
df["roll168_mean"] = df["PJME_MW"].shift(24).rolling(168).mean()
df = df.dropna()

FEATS = ["hour", "dow", "month", "doy", "lag_24", "lag_48", "lag_168", "roll168_mean"]

tss = TimeSeriesSplit(n_splits=5, test_size=24 * 365, gap=24)
fold_mae, fold_mape = [], []

fig, axes = plt.subplots(5, 1, figsize=(15, 14), sharex=True)
for i, (tr_idx, va_idx) in enumerate(tss.split(df)):
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    model = xgb.XGBRegressor(n_estimators=500, learning_rate=0.05, max_depth=6,
                             subsample=0.8, colsample_bytree=0.8, tree_method="hist")
    model.fit(tr[FEATS], tr["PJME_MW"])
    pred = model.predict(va[FEATS])
    fold_mae.append(mean_absolute_error(va["PJME_MW"], pred))
    fold_mape.append(mean_absolute_percentage_error(va["PJME_MW"], pred))
    print(f"fold {i}: train until {tr.index.max():%Y-%m-%d}  MAE {fold_mae[-1]:.1f}  MAPE {fold_mape[-1]:.3%}")
    axes[i].plot(tr.index, tr["PJME_MW"], lw=0.2)
    axes[i].plot(va.index, va["PJME_MW"], lw=0.2)
    axes[i].axvline(va.index.min(), color="k", ls="--")

plt.savefig("tscv_folds.png")
print("mean MAE %.1f  mean MAPE %.3f%%" % (np.mean(fold_mae), 100 * np.mean(fold_mape)))
