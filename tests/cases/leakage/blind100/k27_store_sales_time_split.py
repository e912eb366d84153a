"""Daily sales of one store - gradient boosting with lag features, evaluated forward in time.

* all lag / rolling features only look at past days (shift >= 1)
* hyperparameters chosen with TimeSeriesSplit on the training period
* the last 120 days are the test period, scored once
* baseline: seasonal naive (same weekday last week)
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import TimeSeriesSplit, GridSearchCV
from sklearn.metrics import mean_absolute_error, mean_squared_error

TEST_DAYS = 120

sales = pd.read_csv("store_daily_sales.csv", parse_dates=["date"])
sales = sales.sort_values("date").reset_index(drop=True)
print(sales["date"].min(), sales["date"].max(), len(sales))

sales["dow"] = sales["date"].dt.dayofweek
sales["month"] = sales["date"].dt.month
sales["dayofyear"] = sales["date"].dt.dayofyear
sales["weekofyear"] = sales["date"].dt.isocalendar().week.astype(int)

for lag in [1, 2, 3, 7, 14, 28, 364]:
    sales[f"lag_{lag}"] = sales["sales"].shift(lag)
past = sales["sales"].shift(1)
sales["roll_mean_7"] = past.rolling(7).mean()
sales["roll_mean_28"] = past.rolling(28).mean()
sales["roll_std_28"] = past.rolling(28).std()
sales["ewm_14"] = past.ewm(span=14).mean()

sales = sales.dropna().reset_index(drop=True)

features = ["dow", "month", "dayofyear", "weekofyear", "promo", "holiday",
            "lag_1", "lag_2", "lag_3", "lag_7", "lag_14", "lag_28", "lag_364",
            "roll_mean_7", "roll_mean_28", "roll_std_28", "ewm_14"]

cutoff = sales["date"].max() - pd.Timedelta(days=TEST_DAYS)
train = sales[sales["date"] <= cutoff]
test = sales[sales["date"] > cutoff]
print("train until", train["date"].max().date(), "| test from", test["date"].min().date())

X_train, y_train = train[features], train["sales"]
X_test, y_test = test[features], test["sales"]

tscv = TimeSeriesSplit(n_splits=5, test_size=90)
search = GridSearchCV(
    HistGradientBoostingRegressor(random_state=0),
    {"learning_rate": [0.03, 0.1], "max_leaf_nodes": [15, 31], "l2_regularization": [0.0, 1.0]},
    cv=tscv,
    scoring="neg_mean_absolute_error",
)
search.fit(X_train, y_train)
print("best params:", search.best_params_, "CV MAE:", -search.best_score_)

pred = search.predict(X_test)
naive = test["lag_7"]

print(f"seasonal naive baseline MAE: {mean_absolute_error(y_test, naive):.1f}")
print(f"model MAE:  {mean_absolute_error(y_test, pred):.1f}")
print(f"model RMSE: {np.sqrt(mean_squared_error(y_test, pred)):.1f}")

plt.figure(figsize=(16, 5))
plt.plot(test["date"], y_test, label="actual")
plt.plot(test["date"], pred, label="model")
plt.plot(test["date"], naive, label="naive (lag 7)", alpha=0.6)
plt.legend()
plt.savefig("forecast_test_period.png")

pd.DataFrame({"date": test["date"], "sales": y_test, "forecast": pred}).to_csv("forecast.csv", index=False)
