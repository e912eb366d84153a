"""Daily store/item sales, 28-day forecast.

mlforecast pipeline with LightGBM; the last 28 days of history are held out, forecast from
the cut-off exactly as the test window will be, and compared with a weekly seasonal naive rule.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from mlforecast import MLForecast
from mlforecast.lag_transforms import RollingMean, ExpandingMean
from mlforecast.target_transforms import LocalStandardScaler

H = 28


def load_frames():
    tr = pd.read_csv("train.csv", parse_dates=["date"])
    te = pd.read_csv("test.csv", parse_dates=["date"])
    for f in (tr, te):
        f["unique_id"] = f["store_id"].astype(str) + "_" + f["item_id"].astype(str)
    hist = tr.rename(columns={"date": "ds", "sales": "y"})[["unique_id", "ds", "y", "sell_price", "on_promo"]]
    fut = te.rename(columns={"date": "ds"})[["unique_id", "ds", "sell_price", "on_promo"]]
    return tr, te, hist.sort_values(["unique_id", "ds"]), fut


def metrics(y, p):
    e = y - p
    return {"MAE": float(np.mean(np.abs(e))), "RMSE": float(np.sqrt(np.mean(e ** 2))),
            "WAPE": float(np.sum(np.abs(e)) / np.sum(np.abs(y)))}


def build():
    return MLForecast(
        models={"lgbm": lgb.LGBMRegressor(n_estimators=700, learning_rate=0.03,
                                          num_leaves=96, subsample=0.8, subsample_freq=1,
                                          colsample_bytree=0.8, verbose=-1)},
        freq="D",
        lags=[1, 2, 7, 14, 28],
        lag_transforms={1: [RollingMean(7), RollingMean(28)], 7: [ExpandingMean()]},
        date_features=["dayofweek", "month", "day"],
        target_transforms=[LocalStandardScaler()],
    )


if __name__ == "__main__":
    train, test, hist, fut = load_frames()
    print(hist["unique_id"].nunique(), "series,", hist["ds"].nunique(), "days")
    print(hist.describe())

    cutoff = hist["ds"].max() - pd.Timedelta(days=H)
    past = hist[hist["ds"] <= cutoff]
    holdout = hist[hist["ds"] > cutoff]

    fcst = build()
    fcst.fit(past, static_features=[])
    fc = fcst.predict(h=H, X_df=holdout.drop(columns="y"))
    fc["lgbm"] = fc["lgbm"].clip(lower=0)

    # seasonal naive from the cut-off: repeat the last observed week
    last_week = past[past["ds"] > cutoff - pd.Timedelta(days=7)][["unique_id", "ds", "y"]]
    last_week = last_week.assign(dow=last_week["ds"].dt.dayofweek).rename(columns={"y": "snaive"})
    both = holdout.merge(fc, on=["unique_id", "ds"], how="left")
    both = both.assign(dow=both["ds"].dt.dayofweek).merge(
        last_week[["unique_id", "dow", "snaive"]], on=["unique_id", "dow"], how="left"
    ).fillna({"snaive": 0.0, "lgbm": 0.0})

    print("holdout, LightGBM     :", metrics(both["y"].to_numpy(), both["lgbm"].to_numpy()))
    print("holdout, seasonal naive:", metrics(both["y"].to_numpy(), both["snaive"].to_numpy()))

    fcst = build()
    fcst.fit(hist, static_features=[])
    preds = fcst.predict(h=H, X_df=fut)
    preds["lgbm"] = preds["lgbm"].clip(lower=0)
    out = test.rename(columns={"date": "ds"}).merge(preds, on=["unique_id", "ds"], how="left")
    out = out.rename(columns={"lgbm": "prediction"})[["id", "prediction"]]
    out["prediction"] = out["prediction"].fillna(0.0)
    out.to_csv("predictions.csv", index=False)
    print("saved", len(out), "predictions")
