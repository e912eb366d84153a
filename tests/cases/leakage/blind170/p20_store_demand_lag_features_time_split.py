"""Daily demand forecasting for a single store, evaluated on the last 90 days."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

HORIZON_DAYS = 90


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["dow"] = df.index.dayofweek
    df["month"] = df.index.month
    df["is_weekend"] = (df["dow"] >= 5).astype(int)
    for lag in [1, 2, 7, 14, 28]:
        df[f"lag_{lag}"] = df["units_sold"].shift(lag)
    past = df["units_sold"].shift(1)
    df["roll_mean_7"] = past.rolling(7).mean()
    df["roll_mean_28"] = past.rolling(28).mean()
    df["roll_std_7"] = past.rolling(7).std()
    return df.dropna()


sales = (
    pd.read_csv("store_47_daily.csv", parse_dates=["date"])
    .sort_values("date")
    .set_index("date")
    .asfreq("D")
)
sales["units_sold"] = sales["units_sold"].fillna(0)
sales[["on_promo", "is_holiday"]] = sales[["on_promo", "is_holiday"]].fillna(0)
sales[["avg_temp_c", "price_index"]] = sales[["avg_temp_c", "price_index"]].ffill()

data = build_features(sales)

cutoff = data.index.max() - pd.Timedelta(days=HORIZON_DAYS)
train = data[data.index <= cutoff]
test = data[data.index > cutoff]
print(f"train: {train.index.min().date()} .. {train.index.max().date()}  ({len(train)} days)")
print(f"test : {test.index.min().date()} .. {test.index.max().date()}  ({len(test)} days)")

features = [c for c in data.columns if c != "units_sold"]
model = HistGradientBoostingRegressor(
    max_iter=600, learning_rate=0.04, max_leaf_nodes=31, l2_regularization=1.0, random_state=1
)
model.fit(train[features], train["units_sold"])
pred = model.predict(test[features])

naive_last_week = test["lag_7"]
print(f"seasonal naive baseline MAE: {mean_absolute_error(test['units_sold'], naive_last_week):.2f}")
print(f"gradient boosting MAE      : {mean_absolute_error(test['units_sold'], pred):.2f}")

err = pd.DataFrame({"actual": test["units_sold"], "pred": pred})
err["abs_err"] = (err["actual"] - err["pred"]).abs()
print(err.resample("W")["abs_err"].mean().round(2))
