"""Zone-hour demand forecast, rebuilt after the May surge-pricing change.

After the pricing change the relative demand between zones shifted (airport and
downtown zones gained share). The old model only had lags; add a zone x hour-of-week
demand profile so that the model captures the typical shape of each zone.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

PATH = "data/zone_hour_demand.parquet"
TEST_START = pd.Timestamp("2024-06-01")
TEST_END = pd.Timestamp("2024-07-01")


def load(path=PATH):
    d = pd.read_parquet(path)
    d["hour_start"] = pd.to_datetime(d["hour_start"])
    return d.sort_values(["zone_id", "hour_start"]).reset_index(drop=True)


def calendar(d):
    d["hour"] = d["hour_start"].dt.hour
    d["dow"] = d["hour_start"].dt.dayofweek
    d["how"] = d["dow"] * 24 + d["hour"]
    d["month"] = d["hour_start"].dt.month
    return d


def zone_profile(d):
    prof = d.groupby(["zone_id", "how"])["ride_requests"].agg(profile_mean="mean", profile_p90=lambda s: s.quantile(0.9))
    d = d.merge(prof.reset_index(), on=["zone_id", "how"], how="left")
    d["zone_share"] = d.groupby("hour_start")["profile_mean"].transform(lambda s: s / s.sum())
    return d


def lags(d):
    g = d.groupby("zone_id")["ride_requests"]
    d["lag_168"] = g.shift(168)
    d["lag_336"] = g.shift(336)
    d["ewm_lag168"] = g.transform(lambda s: s.shift(168).ewm(span=72).mean())
    return d


def main():
    df = load()
    print(df.shape, df["hour_start"].min(), df["hour_start"].max())
    df = calendar(df)
    df = zone_profile(df)
    df = lags(df).sort_values(["zone_id", "hour_start"])
    df = df.dropna(subset=["lag_336"])

    features = ["zone_id", "hour", "dow", "month", "is_holiday", "event_flag", "temp_c", "precip_mm",
                "profile_mean", "profile_p90", "zone_share", "lag_168", "lag_336", "ewm_lag168"]
    df["zone_id"] = df["zone_id"].astype("category")

    train = df[df["hour_start"] < TEST_START]
    test = df[(df["hour_start"] >= TEST_START) & (df["hour_start"] < TEST_END)]

    model = lgb.LGBMRegressor(objective="poisson", n_estimators=1200, learning_rate=0.03,
                              num_leaves=63, min_child_samples=40, subsample=0.8, subsample_freq=1,
                              colsample_bytree=0.8, verbose=-1)
    model.fit(train[features], train["ride_requests"])
    pred = np.clip(model.predict(test[features]), 0, None)

    y = test["ride_requests"]
    rows = {
        "seasonal_naive_baseline": test["lag_168"],
        "lgbm_with_profile": pred,
    }
    for name, p in rows.items():
        mae = mean_absolute_error(y, p)
        rmse = mean_squared_error(y, p) ** 0.5
        print(f"{name:25s} MAE={mae:.2f} RMSE={rmse:.2f} WAPE={np.abs(y - p).sum() / y.sum():.3f}")

    per_zone = test.assign(p=pred).groupby("zone_id", observed=True).apply(
        lambda g: mean_absolute_error(g["ride_requests"], g["p"]))
    print("worst zones:")
    print(per_zone.sort_values(ascending=False).head(8).round(2))


if __name__ == "__main__":
    main()
