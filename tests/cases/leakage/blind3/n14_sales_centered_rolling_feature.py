import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error

sales = pd.read_csv("sales_train.csv", parse_dates=["date"])
sales = sales.sort_values("date")
daily = sales.groupby("date", as_index=False)["item_cnt_day"].sum()

daily["dow"] = daily["date"].dt.dayofweek
daily["month"] = daily["date"].dt.month
# smooth the series to denoise the feature
daily["cnt_smooth"] = daily["item_cnt_day"].rolling(7, center=True, min_periods=1).mean()
daily["cnt_lag7"] = daily["item_cnt_day"].shift(7)
daily = daily.dropna()

split = int(len(daily) * 0.8)
train, test = daily.iloc[:split], daily.iloc[split:]
feats = ["dow", "month", "cnt_smooth", "cnt_lag7"]
rf = RandomForestRegressor(n_estimators=200, random_state=0).fit(train[feats], train["item_cnt_day"])
print("RMSE", np.sqrt(mean_squared_error(test["item_cnt_day"], rf.predict(test[feats]))))
