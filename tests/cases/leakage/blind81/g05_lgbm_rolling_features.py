"""Store-item daily sales with LightGBM.

Features: short-term lags, rolling demand level, promo and calendar.
Holdout: the last 28 days of train.csv; baseline: same weekday last week.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

KEYS = ["store_id", "item_id"]
HOLDOUT_DAYS = 28

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
df = df.sort_values(KEYS + ["date"]).reset_index(drop=True)


def add_features(frame):
    out = frame.copy()
    out["dow"] = out["date"].dt.dayofweek
    out["month"] = out["date"].dt.month
    out["is_weekend"] = (out["dow"] >= 5).astype(int)
    grp = out.groupby(KEYS)["sales"]
    out["lag_1"] = grp.shift(1)
    out["lag_7"] = grp.shift(7)
    out["lag_14"] = grp.shift(14)
    # demand level over the last week / month
    out["roll_mean_7"] = grp.transform(lambda s: s.rolling(7, min_periods=1).mean())
    out["roll_mean_28"] = grp.transform(lambda s: s.rolling(28, min_periods=1).mean())
    out["roll_max_7"] = grp.transform(lambda s: s.rolling(7, min_periods=1).max())
    out["promo_7d"] = out.groupby(KEYS)["onpromotion"].transform(lambda s: s.rolling(7, min_periods=1).sum())
    return out


df = add_features(df)
features = ["onpromotion", "price", "holiday", "dow", "month", "is_weekend",
            "lag_1", "lag_7", "lag_14", "roll_mean_7", "roll_mean_28", "roll_max_7", "promo_7d"]

cutoff = df["date"].max() - pd.Timedelta(days=HOLDOUT_DAYS)
train_part = df[df["date"] <= cutoff].dropna(subset=["lag_14"])
valid_part = df[df["date"] > cutoff]

model = lgb.LGBMRegressor(n_estimators=600, learning_rate=0.05, num_leaves=31,
                          colsample_bytree=0.8, verbose=-1)
model.fit(train_part[features], train_part["sales"])
pred = np.clip(model.predict(valid_part[features]), 0, None)

naive = valid_part["lag_7"].fillna(0)
print("LightGBM       MAE %.3f  RMSE %.3f" % (
    mean_absolute_error(valid_part["sales"], pred),
    mean_squared_error(valid_part["sales"], pred) ** 0.5))
print("seasonal naive MAE %.3f  RMSE %.3f" % (
    mean_absolute_error(valid_part["sales"], naive),
    mean_squared_error(valid_part["sales"], naive) ** 0.5))

by_store = valid_part.assign(pred=pred).groupby("store_id").apply(
    lambda g: mean_absolute_error(g["sales"], g["pred"]))
print(by_store.sort_values())

# submission: recursive day-by-day forecast over the test horizon
history = df[KEYS + ["date", "sales", "onpromotion", "price", "holiday"]].copy()
test = test.sort_values(["date"] + KEYS)
for day in sorted(test["date"].unique()):
    day_rows = test[test["date"] == day].copy()
    day_rows["sales"] = np.nan
    tmp = add_features(pd.concat([history, day_rows], ignore_index=True))
    tmp = tmp[tmp["date"] == day]
    day_rows["sales"] = np.clip(model.predict(tmp[features]), 0, None)
    history = pd.concat([history, day_rows[history.columns]], ignore_index=True)
    test.loc[test["date"] == day, "prediction"] = day_rows["sales"].values

test[["id", "prediction"]].to_csv("predictions.csv", index=False)
