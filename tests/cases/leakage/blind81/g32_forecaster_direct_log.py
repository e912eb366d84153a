"""Web traffic per page: direct multi-step forecaster on log visits (skforecast).

Heavy-tailed traffic is modelled on log1p(visits); predictions are mapped back with expm1.
Backtest: 14-day folds over the last 8 weeks of train.csv, model refitted at every fold.
Baseline: ForecasterEquivalentDate (same weekday one week earlier).
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from skforecast.direct import ForecasterDirect
from skforecast.recursive import ForecasterEquivalentDate
from skforecast.model_selection import TimeSeriesFold, backtesting_forecaster

STEPS = 14
BACKTEST_DAYS = 56

train = pd.read_csv("train.csv", parse_dates=["day"])
test = pd.read_csv("test.csv", parse_dates=["day"])
wide = train.pivot(index="day", columns="page", values="visits").asfreq("D").fillna(0)
campaign = train.pivot(index="day", columns="page", values="campaign_active").reindex(wide.index).fillna(0)
campaign_future = test.pivot(index="day", columns="page", values="campaign_active")


def exog_for(page, index, source):
    ex = pd.DataFrame(index=index)
    ex["campaign_active"] = source[page].reindex(index).fillna(0).values
    ex["dow_sin"] = np.sin(2 * np.pi * index.dayofweek / 7)
    ex["dow_cos"] = np.cos(2 * np.pi * index.dayofweek / 7)
    return ex


cv = TimeSeriesFold(steps=STEPS, initial_train_size=len(wide) - BACKTEST_DAYS, refit=True, fixed_train_size=True)
rows, submission = [], []
for page in wide.columns:
    y = wide[page]
    y_log = np.log1p(y)
    exog = exog_for(page, wide.index, campaign)

    forecaster = ForecasterDirect(regressor=Ridge(alpha=1.0), steps=STEPS, lags=28)
    _, pred_log = backtesting_forecaster(forecaster=forecaster, y=y_log, exog=exog, cv=cv,
                                         metric="mean_absolute_error", show_progress=False)
    pred = np.expm1(pred_log["pred"]).clip(lower=0)

    naive = ForecasterEquivalentDate(offset=pd.DateOffset(days=7), n_offsets=1)
    _, pred_naive = backtesting_forecaster(forecaster=naive, y=y, cv=cv,
                                           metric="mean_absolute_error", show_progress=False)

    actual = y.loc[pred.index]
    rows.append({
        "page": page,
        "mae_direct": mean_absolute_error(actual, pred),
        "mae_naive": mean_absolute_error(actual, pred_naive["pred"]),
        "total_visits": actual.sum(),
    })

    forecaster.fit(y=y_log, exog=exog)
    fut_index = pd.date_range(wide.index[-1] + pd.Timedelta(days=1), periods=STEPS, freq="D")
    fut = np.expm1(forecaster.predict(exog=exog_for(page, fut_index, campaign_future))).clip(lower=0)
    submission.append(pd.DataFrame({"page": page, "day": fut.index, "prediction": fut.values}))

res = pd.DataFrame(rows)
weighted = lambda col: np.average(res[col], weights=res["total_visits"])
print(res.describe().round(2))
print(f"visit-weighted MAE  direct={weighted('mae_direct'):.2f}  naive={weighted('mae_naive'):.2f}")
print("pages where direct beats naive:", (res.mae_direct < res.mae_naive).mean().round(3))

sub = test.merge(pd.concat(submission), on=["page", "day"], how="left")[["row_id", "prediction"]]
sub.to_csv("predictions.csv", index=False)
