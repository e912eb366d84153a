"""Daily covers forecast per restaurant (LightGBM, global model).

Holdout = the last 8 weeks of the file, everything earlier is used for fitting.
Baseline = same weekday last week (seasonal naive).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

HOLDOUT_DAYS = 56
WEATHER = ["temp_c", "rain_mm"]


def prepare(df):
    df = df.sort_values(["restaurant_id", "date"]).copy()
    df[WEATHER] = df.groupby("restaurant_id")[WEATHER].ffill()  # carry last reading forward
    g = df.groupby("restaurant_id")["covers"]
    for lag in (7, 14, 21, 28):
        df[f"covers_lag{lag}"] = g.shift(lag)
    df["covers_mean_4w"] = g.transform(lambda s: s.shift(7).rolling(28, min_periods=7).mean())
    df["dow"] = df["date"].dt.dayofweek
    df["month"] = df["date"].dt.month
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    df["bookings_per_lag"] = df["bookings"] / df["covers_lag7"].replace(0, np.nan)
    return df


train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
both = prepare(pd.concat([train, test], ignore_index=True))
both["restaurant_id"] = both["restaurant_id"].astype("category")

FEATURES = ["restaurant_id", "bookings", "temp_c", "rain_mm", "is_holiday", "dow", "month",
            "is_weekend", "covers_lag7", "covers_lag14", "covers_lag21", "covers_lag28",
            "covers_mean_4w", "bookings_per_lag"]

hist = both[both["row_id"].isin(train["row_id"])]
cut = hist["date"].max() - pd.Timedelta(days=HOLDOUT_DAYS)
fit = hist[hist["date"] <= cut]
hold = hist[hist["date"] > cut]
print(f"fit until {cut.date()}: {len(fit)} rows, holdout {len(hold)} rows")

params = dict(objective="regression_l1", n_estimators=800, learning_rate=0.03,
              num_leaves=31, min_child_samples=30, colsample_bytree=0.8, verbose=-1)
model = lgb.LGBMRegressor(**params).fit(fit[FEATURES], fit["covers"])
pred = model.predict(hold[FEATURES])

naive = hold["covers_lag7"].fillna(fit["covers"].median())
print("baseline (same day last week) MAE:", round(mean_absolute_error(hold["covers"], naive), 2))
print("lightgbm MAE:                      ", round(mean_absolute_error(hold["covers"], pred), 2))
per_rest = (hold.assign(err=np.abs(hold["covers"] - pred))
                .groupby("restaurant_id", observed=True)["err"].mean().sort_values())
print(per_rest.tail())

model = lgb.LGBMRegressor(**params).fit(hist[FEATURES], hist["covers"])
future = both[both["row_id"].isin(test["row_id"])]
pd.DataFrame({"row_id": future["row_id"],
              "prediction": np.clip(model.predict(future[FEATURES]), 0, None)}
             ).to_csv("predictions.csv", index=False)
