"""Delivery time regression (minutes from dispatch to drop-off).

Data: deliveries_train.csv, deliveries_test.csv, couriers.csv
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupShuffleSplit

TARGET = "delivery_minutes"
CUTOFF = "2024-03-01"


def read():
    tr = pd.read_csv("deliveries_train.csv", parse_dates=["dispatched_at"])
    te = pd.read_csv("deliveries_test.csv", parse_dates=["dispatched_at"])
    couriers = pd.read_csv("couriers.csv", parse_dates=["joined_date"])
    return tr, te, couriers


def base_features(df, couriers):
    df = df.merge(couriers, on="courier_id", how="left")
    ts = df["dispatched_at"]
    df["hour"] = ts.dt.hour
    df["dow"] = ts.dt.dayofweek
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    df["is_peak"] = df["hour"].isin([12, 13, 19, 20, 21]).astype(int)
    df["courier_tenure_days"] = (ts - df["joined_date"]).dt.days
    df["same_zone"] = (df["zone"] == df["home_zone"]).astype(int)
    df["log_value"] = np.log1p(df["order_value"])
    # straight-line distance in km is given; add bearing, it matters with the river crossing
    dlat = np.radians(df["dropoff_lat"] - df["pickup_lat"])
    dlon = np.radians(df["dropoff_lon"] - df["pickup_lon"])
    df["bearing"] = np.degrees(np.arctan2(dlon, dlat))
    return df


def courier_history(df):
    """Courier experience at dispatch time: deliveries done before this one and their
    average trip length so far. Sorted by time, shifted, so only past rows count.
    (No per-courier average of delivery_minutes: that is the target.)"""
    df = df.sort_values("dispatched_at").copy()
    g = df.groupby("courier_id")
    df["courier_n_prior"] = g.cumcount()
    df["courier_avg_km_past"] = g["haversine_km"].transform(lambda s: s.shift().expanding().mean())
    return df


FEATURES = ["haversine_km", "bearing", "n_items", "log_value", "traffic_index", "hour", "dow",
            "is_weekend", "is_peak", "courier_rating", "courier_tenure_days", "same_zone",
            "courier_n_prior", "courier_avg_km_past", "weather", "vehicle_type", "zone"]
CATS = ["weather", "vehicle_type", "zone"]


def to_X(df, cat_levels):
    X = df[FEATURES].copy()
    for c in CATS:
        X[c] = pd.Categorical(X[c], categories=cat_levels[c]).codes
    return X


def split(df):
    # couriers in the evaluation set never appear in training, and evaluation is later in time
    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
    a, b = next(gss.split(df, groups=df["courier_id"]))
    tr, ev = df.iloc[a], df.iloc[b]
    return tr[tr["dispatched_at"] < CUTOFF], ev[ev["dispatched_at"] >= CUTOFF]


def model():
    cat_mask = [f in CATS for f in FEATURES]
    return HistGradientBoostingRegressor(loss="absolute_error", max_iter=500, learning_rate=0.05,
                                         max_leaf_nodes=63, min_samples_leaf=40,
                                         categorical_features=cat_mask, random_state=0)


def main():
    train, test, couriers = read()
    df = courier_history(base_features(train, couriers))
    tr, ev = split(df)
    print("train", tr.shape, tr.dispatched_at.max(), "| eval", ev.shape, ev.dispatched_at.min())

    levels = {c: sorted(tr[c].dropna().unique()) for c in CATS}
    m = model().fit(to_X(tr, levels), tr[TARGET])
    pred = m.predict(to_X(ev, levels))
    base = DummyRegressor(strategy="median").fit(tr[FEATURES], tr[TARGET]).predict(ev[FEATURES])

    for name, p in [("median baseline", base), ("hist gbm", pred)]:
        print(f"{name:16s} MAE {mean_absolute_error(ev[TARGET], p):6.2f}  "
              f"RMSE {mean_squared_error(ev[TARGET], p) ** 0.5:6.2f}")

    # final model; test deliveries come after the training ones, so their history is
    # computed over train + test rows together (still past-only, and no target involved)
    levels = {c: sorted(df[c].dropna().unique()) for c in CATS}
    final = model().fit(to_X(df, levels), df[TARGET])
    both = pd.concat([train.assign(_is_test=0), test.assign(_is_test=1)], ignore_index=True)
    both = courier_history(base_features(both, couriers))
    te = both[both["_is_test"] == 1].copy()
    te["prediction"] = final.predict(to_X(te, levels))
    te[["delivery_id", "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
