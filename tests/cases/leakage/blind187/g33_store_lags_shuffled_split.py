import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error

# weekly sales for ~45 stores x 80 departments
sales = pd.read_csv("weekly_sales.csv", parse_dates=["week"])
stores = pd.read_csv("stores.csv")
sales = sales.merge(stores, on="store", how="left")
sales = sales.sort_values(["store", "dept", "week"]).reset_index(drop=True)

# calendar
sales["weekofyear"] = sales["week"].dt.isocalendar().week.astype(int)
sales["month"] = sales["week"].dt.month
sales["year"] = sales["week"].dt.year

# lags / rolling stats per store-department series, computed on past weeks only
grp = sales.groupby(["store", "dept"])["weekly_sales"]
for k in (1, 2, 4, 52):
    sales[f"lag_{k}"] = grp.shift(k)
sales["rmean_4"] = grp.transform(lambda s: s.shift(1).rolling(4).mean())
sales["rmean_13"] = grp.transform(lambda s: s.shift(1).rolling(13).mean())
sales["rstd_13"] = grp.transform(lambda s: s.shift(1).rolling(13).std())
sales["yoy_ratio"] = sales["lag_1"] / sales["lag_52"].replace(0, np.nan)

sales["store_type"] = sales["type"].map({"A": 0, "B": 1, "C": 2})

FEATURES = ["store", "dept", "store_type", "size", "weekofyear", "month", "is_holiday",
            "temperature", "fuel_price", "cpi", "unemployment",
            "lag_1", "lag_2", "lag_4", "lag_52", "rmean_4", "rmean_13", "rstd_13", "yoy_ratio"]

data = sales.dropna(subset=["lag_52", "rmean_13"])
X, y = data[FEATURES], data["weekly_sales"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7)

model = lgb.LGBMRegressor(
    n_estimators=2000, learning_rate=0.02, num_leaves=127, min_child_samples=30,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1,
)
model.fit(X_train, y_train, categorical_feature=["store", "dept", "store_type"])
pred = model.predict(X_test)

w = np.where(X_test["is_holiday"].astype(bool), 5, 1)      # competition metric: WMAE
wmae = (w * np.abs(y_test - pred)).sum() / w.sum()
print(f"MAE  {mean_absolute_error(y_test, pred):,.1f}")
print(f"WMAE {wmae:,.1f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES)
print((imp / imp.sum()).sort_values(ascending=False).round(3).head(12))
