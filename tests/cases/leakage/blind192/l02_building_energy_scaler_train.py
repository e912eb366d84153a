"""
Hourly electricity load forecast for a single office building.

Data: building_load.csv  (timestamp, load_kwh, outdoor_temp, humidity)
Goal: predict next-day hourly load (24h+ ahead) with a linear model on
calendar + lag features.  Compared against a seasonal-naive baseline.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_absolute_error, mean_squared_error

DATA = "building_load.csv"
TEST_START = "2019-10-01"


def load_data(path):
    df = pd.read_csv(path, parse_dates=["timestamp"])
    df = df.sort_values("timestamp").reset_index(drop=True)
    df = df.drop_duplicates(subset="timestamp", keep="last")
    # a handful of meter glitches are recorded as negative readings
    df.loc[df["load_kwh"] < 0, "load_kwh"] = np.nan
    df["load_kwh"] = df["load_kwh"].ffill()
    return df


def add_features(df):
    out = df.copy()
    ts = out["timestamp"]
    out["hour"] = ts.dt.hour
    out["dow"] = ts.dt.dayofweek
    out["month"] = ts.dt.month
    out["is_weekend"] = (out["dow"] >= 5).astype(int)
    out["hour_sin"] = np.sin(2 * np.pi * out["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * out["hour"] / 24)

    # only information available 24h before the target hour
    out["lag_24"] = out["load_kwh"].shift(24)
    out["lag_48"] = out["load_kwh"].shift(48)
    out["lag_168"] = out["load_kwh"].shift(168)
    out["roll_mean_24"] = out["load_kwh"].shift(24).rolling(24).mean()
    out["roll_max_24"] = out["load_kwh"].shift(24).rolling(24).max()
    out["temp_x_hour"] = out["outdoor_temp"] * out["hour_cos"]
    return out.dropna().reset_index(drop=True)


def main():
    df = load_data(DATA)
    print(df.shape, df["timestamp"].min(), df["timestamp"].max())
    print(df["load_kwh"].describe())

    feats = add_features(df)
    feature_cols = [
        "hour_sin", "hour_cos", "dow", "month", "is_weekend",
        "outdoor_temp", "humidity", "temp_x_hour",
        "lag_24", "lag_48", "lag_168", "roll_mean_24", "roll_max_24",
    ]
    X = feats[feature_cols]
    y = feats["load_kwh"]

    is_test = feats["timestamp"] >= TEST_START
    X_train, X_test = X[~is_test], X[is_test]
    y_train, y_test = y[~is_test], y[is_test]
    print("train rows:", len(X_train), "test rows:", len(X_test))

    scaler = StandardScaler()
    X_train_s = scaler.fit_transform(X_train)
    X_test_s = scaler.transform(X_test)

    model = Ridge(alpha=1.0)
    model.fit(X_train_s, y_train)
    pred = model.predict(X_test_s)

    # seasonal naive baseline: same hour one week earlier
    baseline_pred = X_test["lag_168"].values

    for name, p in [("baseline (lag 168)", baseline_pred), ("ridge", pred)]:
        mae = mean_absolute_error(y_test, p)
        rmse = np.sqrt(mean_squared_error(y_test, p))
        print(f"{name:20s} MAE={mae:8.2f}  RMSE={rmse:8.2f}")

    coefs = pd.Series(model.coef_, index=feature_cols).sort_values()
    print(coefs)


if __name__ == "__main__":
    main()
