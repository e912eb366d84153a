"""Daily demand forecasting for a single store (store_47_daily.csv).

Columns: date, units_sold, on_promo, is_holiday, avg_temp_c, price_index.
Model: gradient boosting on calendar + lag features, predicting next-day units.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

sales = pd.read_csv("store_47_daily.csv", parse_dates=["date"])
sales = sales.sort_values("date").set_index("date")
sales = sales.asfreq("D")
sales["units_sold"] = sales["units_sold"].fillna(0)
sales[["on_promo", "is_holiday"]] = sales[["on_promo", "is_holiday"]].fillna(0)
sales["avg_temp_c"] = sales["avg_temp_c"].ffill()
sales["price_index"] = sales["price_index"].ffill()

print(sales.index.min(), "->", sales.index.max(), len(sales), "days")

# calendar features
sales["dow"] = sales.index.dayofweek
sales["month"] = sales.index.month
sales["weekofyear"] = sales.index.isocalendar().week.astype(int)
sales["is_weekend"] = (sales["dow"] >= 5).astype(int)

# lag features: only past days
for lag in [1, 2, 7, 14, 28]:
    sales[f"lag_{lag}"] = sales["units_sold"].shift(lag)

past = sales["units_sold"].shift(1)
sales["roll_mean_7"] = past.rolling(7).mean()
sales["roll_mean_28"] = past.rolling(28).mean()
sales["roll_std_7"] = past.rolling(7).std()

sales = sales.dropna()

feature_cols = [c for c in sales.columns if c != "units_sold"]
X = sales[feature_cols]
y = sales["units_sold"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

model = HistGradientBoostingRegressor(
    max_iter=600, learning_rate=0.04, max_leaf_nodes=31, l2_regularization=1.0, random_state=1
)
model.fit(X_train, y_train)
pred = model.predict(X_test)

# naive seasonal baseline: same weekday last week
naive = X_test["lag_7"]

print(f"naive (lag 7) MAE : {mean_absolute_error(y_test, naive):.2f}")
print(f"model MAE         : {mean_absolute_error(y_test, pred):.2f}")
print(f"model MAPE        : {mean_absolute_percentage_error(y_test + 1, pred + 1):.3%}")

out = pd.DataFrame({"actual": y_test, "predicted": pred}).sort_index()
out.to_csv("store47_test_predictions.csv")
