"""
Daily electricity demand for one region: next-day forecasting with lag features.

Model: LightGBM on calendar + lagged demand + lagged temperature.
Validation: 5-fold CV (lag features make rows independent), then a final 90-day hold-out at the end.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import KFold

df = pd.read_csv("region_demand.csv", parse_dates=["date"])
df = df.sort_values("date").set_index("date")
df = df.asfreq("D")
print(df.index.min(), df.index.max(), df.isna().sum().to_dict())

# short gaps in the meter feed: carry the last reading forward
df["demand_mwh"] = df["demand_mwh"].ffill(limit=2)
df["temp_c"] = df["temp_c"].ffill(limit=2)

# ------------------------------------------------------------------ features
feat = pd.DataFrame(index=df.index)
feat["dow"] = df.index.dayofweek
feat["month"] = df.index.month
feat["doy_sin"] = np.sin(2 * np.pi * df.index.dayofyear / 365.25)
feat["doy_cos"] = np.cos(2 * np.pi * df.index.dayofyear / 365.25)
feat["is_holiday"] = df["is_holiday"].fillna(0).astype(int)

for lag in (1, 2, 7, 14, 28):
    feat[f"demand_lag{lag}"] = df["demand_mwh"].shift(lag)
past = df["demand_mwh"].shift(1)
feat["demand_roll7"] = past.rolling(7).mean()
feat["demand_roll28"] = past.rolling(28).mean()
feat["demand_std7"] = past.rolling(7).std()
feat["temp_lag1"] = df["temp_c"].shift(1)
feat["temp_roll3"] = df["temp_c"].shift(1).rolling(3).mean()

data = feat.join(df["demand_mwh"].rename("y")).dropna()
X, y = data.drop(columns="y"), data["y"]

# final hold-out: the last 90 days, never used for tuning
X_dev, y_dev = X.iloc[:-90], y.iloc[:-90]
X_hold, y_hold = X.iloc[-90:], y.iloc[-90:]

params = dict(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=20,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)

kf = KFold(n_splits=5, shuffle=True, random_state=0)
rows = []
for k, (tr, va) in enumerate(kf.split(X_dev)):
    m = lgb.LGBMRegressor(**params).fit(X_dev.iloc[tr], y_dev.iloc[tr])
    p = m.predict(X_dev.iloc[va])
    naive = X_dev["demand_lag7"].iloc[va]           # seasonal-naive baseline
    rows.append({
        "fold": k,
        "n_valid": len(va),
        "mae_model": mean_absolute_error(y_dev.iloc[va], p),
        "mae_baseline": mean_absolute_error(y_dev.iloc[va], naive),
    })
cv = pd.DataFrame(rows)
print(cv.to_string(index=False))
print(cv[["mae_model", "mae_baseline"]].mean())

final = lgb.LGBMRegressor(**params).fit(X_dev, y_dev)
p_hold = final.predict(X_hold)
print(f"hold-out MAE   model {mean_absolute_error(y_hold, p_hold):8.1f} "
      f"| seasonal-naive baseline {mean_absolute_error(y_hold, X_hold['demand_lag7']):8.1f}")
print(f"hold-out MAPE  model {mean_absolute_percentage_error(y_hold, p_hold):.3%}")

imp = pd.Series(final.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
