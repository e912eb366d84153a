"""
Delivery duration model - XGBoost with forward-chaining CV.

Deliveries are a time series (demand, traffic and fleet change week to week), so
the model is validated with TimeSeriesSplit on rows sorted by dispatch time:
every fold trains on the past and scores the following block.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

TARGET = "delivery_minutes"


def load():
    train = pd.read_csv("deliveries_train.csv", parse_dates=["dispatched_at"])
    test = pd.read_csv("deliveries_test.csv", parse_dates=["dispatched_at"])
    couriers = pd.read_csv("couriers.csv", parse_dates=["joined_date"])
    return train, test, couriers


def zone_load(df):
    """Dispatches in the same zone during the previous 60 minutes (current one excluded)."""
    df = df.sort_values("dispatched_at")
    counts = (
        df.set_index("dispatched_at")
        .groupby("zone")["delivery_id"]
        .rolling("60min", closed="left")
        .count()
        .rename("zone_dispatches_60m")
        .reset_index()
    )
    counts["delivery_id"] = df.sort_values(["zone", "dispatched_at"])["delivery_id"].values
    return df.merge(counts[["delivery_id", "zone_dispatches_60m"]], on="delivery_id", how="left")


def featurize(df, couriers):
    df = df.merge(couriers, on="courier_id", how="left")
    df = zone_load(df)
    t = df["dispatched_at"]
    df["hour_sin"] = np.sin(2 * np.pi * t.dt.hour / 24)
    df["hour_cos"] = np.cos(2 * np.pi * t.dt.hour / 24)
    df["dow"] = t.dt.dayofweek
    df["tenure_days"] = (t - df["joined_date"]).dt.days
    df["bike"] = (df["vehicle_type"] == "bicycle").astype(int)
    df["scooter"] = (df["vehicle_type"] == "scooter").astype(int)
    df["car"] = (df["vehicle_type"] == "car").astype(int)
    df["bad_weather"] = df["weather"].isin(["rain", "storm", "snow"]).astype(int)
    df["zone_dispatches_60m"] = df["zone_dispatches_60m"].fillna(0)
    return df.sort_values("dispatched_at").reset_index(drop=True)


FEATURES = ["haversine_km", "n_items", "order_value", "traffic_index", "courier_rating",
            "hour_sin", "hour_cos", "dow", "tenure_days", "bike", "scooter", "car", "bad_weather",
            "zone_dispatches_60m", "pickup_lat", "pickup_lon", "dropoff_lat", "dropoff_lon"]

PARAMS = dict(n_estimators=700, max_depth=7, learning_rate=0.04, subsample=0.8,
              colsample_bytree=0.7, min_child_weight=10, objective="reg:absoluteerror",
              tree_method="hist")


def forward_cv(df, n_splits=5):
    tscv = TimeSeriesSplit(n_splits=n_splits)
    rows = []
    for k, (tr, va) in enumerate(tscv.split(df)):
        a, b = df.iloc[tr], df.iloc[va]
        model = xgb.XGBRegressor(**PARAMS, random_state=k).fit(a[FEATURES], a[TARGET])
        p = model.predict(b[FEATURES])
        naive = np.full(len(b), a[TARGET].median())          # baseline: training median
        rows.append({
            "fold": k,
            "train_until": a["dispatched_at"].max().date(),
            "valid_from": b["dispatched_at"].min().date(),
            "mae_baseline": mean_absolute_error(b[TARGET], naive),
            "mae_xgb": mean_absolute_error(b[TARGET], p),
        })
    return pd.DataFrame(rows)


def main():
    train, test, couriers = load()
    df = featurize(train, couriers)
    res = forward_cv(df)
    print(res.to_string(index=False))
    print("mean MAE  baseline %.2f | xgboost %.2f" % (res.mae_baseline.mean(), res.mae_xgb.mean()))

    model = xgb.XGBRegressor(**PARAMS, random_state=0).fit(df[FEATURES], df[TARGET])
    te = featurize(test, couriers)
    pd.DataFrame({"delivery_id": te["delivery_id"], "prediction": model.predict(te[FEATURES])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
