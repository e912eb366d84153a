"""Daily store/item sales, 28-day forecast.

mlforecast pipeline with LightGBM; I look at how well the fitted model tracks the history
(fitted values) and compare it with a weekly seasonal naive rule before writing the forecast.
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

    fcst = build()
    fcst.fit(hist, static_features=[], fitted=True)
    fitted = fcst.forecast_fitted_values()
    fitted["lgbm"] = fitted["lgbm"].clip(lower=0)

    # seasonal naive on the same days: value of the same weekday one week earlier
    snaive = hist[["unique_id", "ds", "y"]].copy()
    snaive["snaive"] = snaive.groupby("unique_id")["y"].shift(7)
    both = fitted.merge(snaive[["unique_id", "ds", "snaive"]], on=["unique_id", "ds"], how="left").dropna()

    print("LightGBM     :", metrics(both["y"].to_numpy(), both["lgbm"].to_numpy()))
    print("Seasonal naive:", metrics(both["y"].to_numpy(), both["snaive"].to_numpy()))

    last_month = both[both["ds"] > both["ds"].max() - pd.Timedelta(days=H)]
    print("last 28 days, LightGBM:", metrics(last_month["y"].to_numpy(), last_month["lgbm"].to_numpy()))

    preds = fcst.predict(h=H, X_df=fut)
    preds["lgbm"] = preds["lgbm"].clip(lower=0)
    out = test.rename(columns={"date": "ds"}).merge(preds, on=["unique_id", "ds"], how="left")
    out = out.rename(columns={"lgbm": "prediction"})[["id", "prediction"]]
    out["prediction"] = out["prediction"].fillna(0.0)
    out.to_csv("predictions.csv", index=False)
    print("saved", len(out), "predictions")
