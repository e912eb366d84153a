"""PJM East hourly energy consumption: lagged features, TimeSeriesSplit, and a final date cut."""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import TimeSeriesSplit
from sklearn.metrics import mean_absolute_percentage_error, mean_squared_error

df = pd.read_csv("PJME_hourly.csv", parse_dates=["Datetime"])
df = df.drop_duplicates("Datetime").set_index("Datetime").sort_index()
df = df.asfreq("h")
print(df.shape, df.index.min(), df.index.max())
print("missing hours:", df["PJME_MW"].isna().sum())
# a handful of missing hours: carry the last known value forward (uses the past only)
df["PJME_MW"] = df["PJME_MW"].ffill()


def make_features(frame):
    out = frame.copy()
    out["hour"] = out.index.hour
    out["dayofweek"] = out.index.dayofweek
    out["month"] = out.index.month
    out["dayofyear"] = out.index.dayofyear
    out["weekend"] = (out["dayofweek"] >= 5).astype(int)
    load = out["PJME_MW"]
    # everything below only looks at hours strictly before the current one
    for lag in (1, 2, 3, 24, 48, 168):
        out[f"lag_{lag}"] = load.shift(lag)
    past = load.shift(1)
    out["roll_mean_24"] = past.rolling(24).mean()
    out["roll_max_24"] = past.rolling(24).max()
    out["roll_mean_168"] = past.rolling(168).mean()
    out["ewm_24"] = past.ewm(span=24).mean()
    return out.dropna()


data = make_features(df)
FEATURES = [c for c in data.columns if c != "PJME_MW"]
TARGET = "PJME_MW"

cutoff = pd.Timestamp("2017-01-01")
train = data[data.index < cutoff]
test = data[data.index >= cutoff]
print(f"train {train.index.min()} -> {train.index.max()} ({len(train)})")
print(f"test  {test.index.min()} -> {test.index.max()} ({len(test)})")

params = dict(n_estimators=800, learning_rate=0.05, max_depth=6, subsample=0.8,
              colsample_bytree=0.8, objective="reg:squarederror")

tscv = TimeSeriesSplit(n_splits=5, test_size=24 * 90, gap=24)
fold_mape = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(train)):
    tr, va = train.iloc[tr_idx], train.iloc[va_idx]
    m = xgb.XGBRegressor(**params)
    m.fit(tr[FEATURES], tr[TARGET])
    mape = mean_absolute_percentage_error(va[TARGET], m.predict(va[FEATURES]))
    fold_mape.append(mape)
    print(f"fold {fold}: valid {va.index.min().date()}..{va.index.max().date()}  MAPE={mape:.4f}")
print("mean CV MAPE: %.4f" % np.mean(fold_mape))

model = xgb.XGBRegressor(**params)
model.fit(train[FEATURES], train[TARGET])
pred = model.predict(test[FEATURES])
print("TEST MAPE: %.4f" % mean_absolute_percentage_error(test[TARGET], pred))
print("TEST RMSE: %.1f MW" % np.sqrt(mean_squared_error(test[TARGET], pred)))

# naive seasonal baseline: same hour one week earlier
print("seasonal-naive MAPE: %.4f" % mean_absolute_percentage_error(test[TARGET], test["lag_168"]))

# refit on the full history once evaluated, for the next-day forecast
model.fit(data[FEATURES], data[TARGET])
