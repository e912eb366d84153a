"""Recursive forecaster per store (skforecast) with a direct in-sample fit check.

Train one ForecasterRecursive per store on the total daily sales, report the fit quality
and produce the 28-day forecast that is split to items by their sales share.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from skforecast.recursive import ForecasterRecursive

HORIZON = 28
LAGS = [1, 2, 3, 7, 14, 28]

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])

daily = train.groupby(["store_id", "date"]).agg(
    sales=("sales", "sum"), onpromotion=("onpromotion", "sum"), holiday=("holiday", "max")
).reset_index()


def make_exog(frame):
    ex = frame[["onpromotion", "holiday"]].astype(float).copy()
    ex["dow"] = ex.index.dayofweek
    ex["month"] = ex.index.month
    return ex


results, forecasts = [], []
for store, grp in daily.groupby("store_id"):
    grp = grp.set_index("date").asfreq("D").fillna(0)
    y = grp["sales"]
    exog = make_exog(grp)
    forecaster = ForecasterRecursive(
        regressor=RandomForestRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0),
        lags=LAGS,
    )
    forecaster.fit(y=y, exog=exog)

    X_train, y_train = forecaster.create_train_X_y(y=y, exog=exog)
    fitted = forecaster.regressor.predict(X_train)
    results.append({
        "store_id": store,
        "mae": mean_absolute_error(y_train, fitted),
        "mape": mean_absolute_percentage_error(y_train, fitted),
        "n_obs": len(y_train),
    })

    fut = test[test.store_id == store].groupby("date").agg(
        onpromotion=("onpromotion", "sum"), holiday=("holiday", "max")).asfreq("D").fillna(0)
    pred = forecaster.predict(steps=len(fut), exog=make_exog(fut))
    forecasts.append(pd.DataFrame({"store_id": store, "date": pred.index, "store_pred": pred.values}))

report = pd.DataFrame(results)
print(report)
print("mean MAE: %.2f, mean MAPE: %.2f%%" % (report["mae"].mean(), 100 * report["mape"].mean()))

share = train.groupby(["store_id", "item_id"])["sales"].sum()
share = (share / share.groupby(level=0).transform("sum")).rename("share").reset_index()
sub = (test.merge(pd.concat(forecasts), on=["store_id", "date"], how="left")
           .merge(share, on=["store_id", "item_id"], how="left"))
sub["prediction"] = np.clip(sub["store_pred"] * sub["share"].fillna(0), 0, None)
sub[["id", "prediction"]].to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
