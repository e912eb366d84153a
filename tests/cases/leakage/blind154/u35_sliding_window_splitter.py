"""Store demand take-home - sliding-window backtest.

Each backtest window: fit on a fixed-length window of recent weeks and forecast
the following `horizon` weeks; the window then slides forward by `horizon`."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

TARGET, TIME, RID = "weekly_units", "week_start", "row_id"
DROP = [TARGET, TIME, RID, "end_of_week_stock"]

train = pd.read_csv("train.csv", parse_dates=[TIME]).sort_values(TIME).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[TIME])

for frame in (train, test):
    frame["store_id"] = frame["store_id"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["weekofyear"] = frame[TIME].dt.isocalendar().week.astype(int)
    frame["quarter"] = frame[TIME].dt.quarter
    frame["promo_x_holiday"] = frame["promo_active"] * frame["holiday_week"]

FEATS = [c for c in train.columns if c not in DROP]
print(FEATS)


def sliding_windows(time_values, window=52, horizon=6, n_windows=5):
    """Yield (fit_idx, forecast_idx) index pairs for the last `n_windows` windows."""
    weeks = np.sort(pd.unique(time_values))
    t = np.asarray(time_values)
    for w in range(n_windows, 0, -1):
        end = len(weeks) - (w - 1) * horizon          # exclusive end of the forecast block
        start = end - horizon                          # first forecast week
        fit_weeks = weeks[max(0, start - window):end]
        forecast_weeks = weeks[start:end]
        yield np.flatnonzero(np.isin(t, fit_weeks)), np.flatnonzero(np.isin(t, forecast_weeks))


params = dict(objective="tweedie", tweedie_variance_power=1.3, learning_rate=0.05,
              num_leaves=63, min_child_samples=30, feature_fraction=0.8,
              bagging_fraction=0.8, bagging_freq=1, n_estimators=700, verbose=-1)

scores = []
for i, (fit_idx, fc_idx) in enumerate(sliding_windows(train[TIME])):
    model = lgb.LGBMRegressor(**params)
    model.fit(train.loc[fit_idx, FEATS], train.loc[fit_idx, TARGET])
    pred = np.clip(model.predict(train.loc[fc_idx, FEATS]), 0, None)
    yt = train.loc[fc_idx, TARGET]
    scores.append((mean_absolute_error(yt, pred), mean_absolute_percentage_error(yt + 1, pred + 1)))
    print(f"window {i}: forecast {train.loc[fc_idx, TIME].min().date()}.."
          f"{train.loc[fc_idx, TIME].max().date()}  MAE={scores[-1][0]:.2f}  MAPE={scores[-1][1]:.3f}")

scores = np.array(scores)
print("backtest MAE  %.2f" % scores[:, 0].mean())
print("backtest MAPE %.3f" % scores[:, 1].mean())

last_weeks = np.sort(train[TIME].unique())[-52:]
recent = train[train[TIME].isin(last_weeks)]
final = lgb.LGBMRegressor(**params).fit(recent[FEATS], recent[TARGET])
test["prediction"] = np.clip(final.predict(test[FEATS]), 0, None)
test[[RID, "prediction"]].to_csv("predictions.csv", index=False)
