# Store daily sales forecasting - random forest on lag / calendar features
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import TimeSeriesSplit, cross_validate

sales = pd.read_csv("store_daily_sales.csv", parse_dates=["date"], index_col="date")
sales = sales.sort_index()
print(sales.head())
print(sales.index.min(), sales.index.max(), len(sales))

sales["sales"].plot(figsize=(14, 4), title="daily sales")
plt.savefig("sales.png")
sales["sales"].resample("M").sum().plot(kind="bar", figsize=(14, 4))
plt.savefig("monthly.png")

# calendar
sales["dow"] = sales.index.dayofweek
sales["month"] = sales.index.month
sales["dayofyear"] = sales.index.dayofyear
sales["is_weekend"] = (sales["dow"] >= 5).astype(int)

# lags
for lag in [1, 7, 14, 28]:
    sales[f"lag_{lag}"] = sales["sales"].shift(lag)
sales["rmean_7"] = sales["sales"].shift(1).rolling(7).mean()
sales["rmean_28"] = sales["sales"].shift(1).rolling(28).mean()
sales = sales.dropna()

features = ["promo", "holiday", "dow", "month", "dayofyear", "is_weekend",
            "lag_1", "lag_7", "lag_14", "lag_28", "rmean_7", "rmean_28"]
X = sales[features]
y = sales["sales"]

cv = TimeSeriesSplit(n_splits=5, test_size=90)
model = RandomForestRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0)

res = cross_validate(model, X, y, cv=cv,
                     scoring=["neg_mean_absolute_error", "neg_root_mean_squared_error"],
                     return_train_score=True)
print("train MAE:", -res["train_neg_mean_absolute_error"].mean())
print("CV MAE   :", -res["test_neg_mean_absolute_error"].mean())
print("CV RMSE  :", -res["test_neg_root_mean_squared_error"].mean())

# seasonal naive for reference (same weekday last week), on the same validation windows
naive_mae = [(y.iloc[va] - X["lag_7"].iloc[va]).abs().mean() for _, va in cv.split(X)]
print("seasonal naive MAE:", np.mean(naive_mae))

model.fit(X, y)
imp = pd.Series(model.feature_importances_, index=features).sort_values()
imp.plot(kind="barh", figsize=(6, 5))
plt.tight_layout()
plt.savefig("importance.png")
