"""Web traffic per page with a recursive LightGBM forecaster and in-forecaster scaling.

transformer_y / transformer_exog are given to the forecaster, which fits them on the
training window of every backtest fold (refit=True), as the skforecast docs recommend.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.preprocessing import StandardScaler
from skforecast.recursive import ForecasterRecursive, ForecasterEquivalentDate
from skforecast.model_selection import TimeSeriesFold, backtesting_forecaster
from skforecast.preprocessing import RollingFeatures

HORIZON = 14

df = pd.read_csv("train.csv", parse_dates=["day"])
test = pd.read_csv("test.csv", parse_dates=["day"])
pages = df["page"].unique()


def page_frame(page):
    p = df[df.page == page].set_index("day").sort_index().asfreq("D")
    p["visits"] = p["visits"].fillna(0)
    p[["campaign_active", "is_holiday"]] = p[["campaign_active", "is_holiday"]].fillna(0)
    p["dow"] = p.index.dayofweek
    return p


window_features = RollingFeatures(stats=["mean", "std", "max"], window_sizes=[7, 7, 28])
results = []
for page in pages:
    p = page_frame(page)
    y, exog = p["visits"], p[["campaign_active", "is_holiday", "dow"]]
    cv = TimeSeriesFold(steps=HORIZON, initial_train_size=len(y) - 4 * HORIZON, refit=True)

    forecaster = ForecasterRecursive(
        regressor=LGBMRegressor(n_estimators=300, learning_rate=0.05, max_depth=6, verbose=-1),
        lags=[1, 2, 3, 7, 14, 21],
        window_features=window_features,
        transformer_y=StandardScaler(),
        transformer_exog=StandardScaler(),
    )
    m_model, _ = backtesting_forecaster(forecaster=forecaster, y=y, exog=exog, cv=cv,
                                        metric=["mean_absolute_error", "mean_squared_error"],
                                        show_progress=False)
    baseline = ForecasterEquivalentDate(offset=7, n_offsets=2, agg_func=np.mean)
    m_base, _ = backtesting_forecaster(forecaster=baseline, y=y, cv=cv,
                                       metric=["mean_absolute_error", "mean_squared_error"],
                                       show_progress=False)
    results.append({
        "page": page,
        "mae_lgbm": m_model["mean_absolute_error"].iloc[0],
        "mae_baseline": m_base["mean_absolute_error"].iloc[0],
        "rmse_lgbm": np.sqrt(m_model["mean_squared_error"].iloc[0]),
        "rmse_baseline": np.sqrt(m_base["mean_squared_error"].iloc[0]),
    })

res = pd.DataFrame(results).set_index("page")
print(res.mean().round(2))
print("share of pages improved:", (res.mae_lgbm < res.mae_baseline).mean().round(3))

out = []
for page in pages:
    p = page_frame(page)
    fut = test[test.page == page].set_index("day").sort_index()
    fut["dow"] = fut.index.dayofweek
    forecaster = ForecasterRecursive(
        regressor=LGBMRegressor(n_estimators=300, learning_rate=0.05, max_depth=6, verbose=-1),
        lags=[1, 2, 3, 7, 14, 21], window_features=window_features,
        transformer_y=StandardScaler(), transformer_exog=StandardScaler(),
    )
    forecaster.fit(y=p["visits"], exog=p[["campaign_active", "is_holiday", "dow"]])
    pred = forecaster.predict(steps=len(fut), exog=fut[["campaign_active", "is_holiday", "dow"]].reset_index(drop=True)
                              .set_index(pd.date_range(p.index[-1] + pd.Timedelta(days=1), periods=len(fut), freq="D")))
    out.append(pd.DataFrame({"row_id": fut["row_id"].values, "prediction": pred.clip(lower=0).values}))
pd.concat(out).to_csv("predictions.csv", index=False)
