import pandas as pd
import numpy as np
from sklearn.model_selection import TimeSeriesSplit, cross_val_score
from sklearn.ensemble import RandomForestRegressor

sales = pd.read_csv("sales.csv")
sales["date"] = pd.to_datetime(sales["date"])
sales = sales.sort_values("date")
sales["dow"] = sales["date"].dt.dayofweek
sales["lag_7"] = sales["units"].shift(7)
sales = sales.dropna()
X = sales[["dow", "lag_7", "price", "promo"]]
y = sales["units"]
scores = cross_val_score(RandomForestRegressor(n_estimators=200), X, y, cv=TimeSeriesSplit(5),
                         scoring="neg_mean_absolute_error")
print("MAE per fold", -scores)
