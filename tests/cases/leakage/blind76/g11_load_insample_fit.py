#!/usr/bin/env python
"""Train the final load model on all of train.csv and write predictions.csv.

Usage: python g11_load_insample_fit.py
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, r2_score

DROP = ["row_id", "timestamp", "load_mw", "temp_observed_c", "load_revised_mw"]


def features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["hour"] = df["timestamp"].dt.hour
    df["dow"] = df["timestamp"].dt.dayofweek
    df["month"] = df["timestamp"].dt.month
    df["weekend"] = df["dow"].isin([5, 6]).astype(int)
    df["temp_dev"] = (df["temp_forecast_c"] - 17.0).abs()
    df["humid_heat"] = df["temp_forecast_c"] * (df["dewpoint_forecast_c"] > 16)
    return df


def main():
    train = pd.read_csv("train.csv", parse_dates=["timestamp"])
    test = pd.read_csv("test.csv", parse_dates=["timestamp"])

    train = features(train)
    test = features(test)
    cols = [c for c in train.columns if c not in DROP]
    print("using", len(cols), "features:", cols)

    model = lgb.LGBMRegressor(
        n_estimators=1200,
        learning_rate=0.03,
        num_leaves=64,
        min_child_samples=30,
        reg_lambda=1.0,
        random_state=1,
    )
    model.fit(train[cols], train["load_mw"])

    fitted = model.predict(train[cols])
    print(f"MAE  : {mean_absolute_error(train['load_mw'], fitted):.2f} MW")
    print(f"R^2  : {r2_score(train['load_mw'], fitted):.4f}")
    mape = np.mean(np.abs(train["load_mw"] - fitted) / train["load_mw"]) * 100
    print(f"MAPE : {mape:.2f} %")

    out = pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict(test[cols])})
    out.to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", out.shape)


if __name__ == "__main__":
    main()
