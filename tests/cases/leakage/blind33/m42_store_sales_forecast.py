"""Daily demand forecast for one shop, one-step-ahead.

Raw point-of-sale transactions are aggregated to daily totals, lag features
only look at past days, the last 90 days are the test period, and tuning uses
TimeSeriesSplit on the training period. Seasonal-naive (same weekday last week)
is the reference forecast.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit

tx = pd.read_csv("transactions.csv", parse_dates=["timestamp"])
tx = tx[tx["shop_id"] == 12]

daily = (tx.set_index("timestamp")["quantity"]
           .resample("D").sum()
           .to_frame("units"))
daily = daily.asfreq("D", fill_value=0)
print(daily.index.min(), daily.index.max(), len(daily))

# calendar features (row-wise)
daily["dow"] = daily.index.dayofweek
daily["month"] = daily.index.month
daily["dom"] = daily.index.day
daily["weekofyear"] = daily.index.isocalendar().week.astype(int)

# past-only demand features
for lag in (1, 2, 7, 14, 28):
    daily[f"lag{lag}"] = daily["units"].shift(lag)
past = daily["units"].shift(1)
daily["ma7"] = past.rolling(7).mean()
daily["ma28"] = past.rolling(28).mean()
daily["ewm14"] = past.ewm(span=14, adjust=False).mean()
daily = daily.dropna()

FEATURES = [c for c in daily.columns if c != "units"]

cutoff = daily.index.max() - pd.Timedelta(days=90)
train = daily[daily.index <= cutoff]
test = daily[daily.index > cutoff]
print("train:", train.index.min().date(), "-", train.index.max().date(), "| test:",
      test.index.min().date(), "-", test.index.max().date())

search = GridSearchCV(
    HistGradientBoostingRegressor(random_state=0),
    {"learning_rate": [0.03, 0.1], "max_leaf_nodes": [15, 31], "l2_regularization": [0.0, 1.0]},
    cv=TimeSeriesSplit(n_splits=5, test_size=60),
    scoring="neg_mean_absolute_error",
)
search.fit(train[FEATURES], train["units"])
print("best:", search.best_params_, "CV MAE %.2f" % -search.best_score_)

pred = search.predict(test[FEATURES])
seasonal_naive = test["lag7"]
print("seasonal-naive baseline MAE: %.2f" % mean_absolute_error(test["units"], seasonal_naive))
print("HGB MAE:                     %.2f" % mean_absolute_error(test["units"], pred))
