"""Hourly electricity demand (kWh) for one office building.

Steps: calendar + weather features, keep the features whose absolute
correlation with kWh is above a threshold, gradient boosting, evaluate on the
last eight weeks of the training period against a per-hour-of-day mean.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

MIN_ABS_CORR = 0.05
HOLDOUT_WEEKS = 8


def load(path):
    frame = pd.read_csv(path, parse_dates=["timestamp"])
    return frame.sort_values("timestamp").reset_index(drop=True)


def build_features(frame):
    ts = frame["timestamp"]
    out = pd.DataFrame({
        "temperature": frame["temperature"],
        "humidity": frame["humidity"],
        "wind_speed": frame["wind_speed"],
        "solar_irradiance": frame["solar_irradiance"],
        "occupancy": frame["occupancy"],
        "is_holiday": frame["is_holiday"],
        "hour": ts.dt.hour,
        "dow": ts.dt.dayofweek,
        "month": ts.dt.month,
        "is_weekend": (ts.dt.dayofweek >= 5).astype(int),
        "working_hours": ts.dt.hour.between(8, 18).astype(int),
    })
    out["temp_sq"] = out["temperature"] ** 2
    out["temp_x_occ"] = out["temperature"] * out["occupancy"]
    out["humid_heat"] = out["humidity"] * (out["temperature"] > 25)
    # weather from previous hours (past only)
    out["temp_prev_3h"] = frame["temperature"].shift(1).rolling(3, min_periods=1).mean()
    out["irr_prev_1h"] = frame["solar_irradiance"].shift(1)
    return out


def main():
    df = load("train.csv")
    test = load("test.csv")
    feats = build_features(df)
    feats["kwh"] = df["kwh"]
    print(df["timestamp"].min(), df["timestamp"].max(), len(df))

    split_time = df["timestamp"].max() - pd.Timedelta(weeks=HOLDOUT_WEEKS)
    in_train = df["timestamp"] <= split_time
    fit_part = feats[in_train]
    eval_part = feats[~in_train]
    print("fit rows", len(fit_part), "eval rows", len(eval_part))

    corr = fit_part.drop(columns="kwh").corrwith(fit_part["kwh"]).abs().sort_values(ascending=False)
    print(corr.round(3))
    selected = corr[corr > MIN_ABS_CORR].index.tolist()
    print("kept", len(selected), "of", len(corr), ":", selected)

    model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=63,
                                          l2_regularization=1.0, random_state=3)
    model.fit(fit_part[selected], fit_part["kwh"])
    pred = model.predict(eval_part[selected])

    # reference: mean kWh of the same hour of day in the fit period
    hour_mean = fit_part.groupby("hour")["kwh"].mean()
    ref_pred = eval_part["hour"].map(hour_mean).fillna(fit_part["kwh"].mean())
    flat = DummyRegressor(strategy="mean").fit(fit_part[selected], fit_part["kwh"]).predict(eval_part[selected])

    for name, p in [("global mean", flat), ("hour-of-day mean", ref_pred), ("hist gbm", pred)]:
        print(f"{name:18s} MAE {mean_absolute_error(eval_part['kwh'], p):8.2f}   "
              f"MAPE {mean_absolute_percentage_error(eval_part['kwh'], p):.3f}")

    resid = eval_part["kwh"] - pred
    print("residual by hour:")
    print(resid.groupby(eval_part["hour"]).mean().round(2).to_string())

    # final model on the whole training period
    model.fit(feats[selected], feats["kwh"])
    test_feats = build_features(test)
    out = pd.DataFrame({"reading_id": test["reading_id"], "prediction": model.predict(test_feats[selected])})
    out.to_csv("predictions.csv", index=False)
    print(out.describe())


if __name__ == "__main__":
    main()
