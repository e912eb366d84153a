# Walmart Recruiting - weekly sales, Store 1 / Dept 1
# quick gradient boosting model with the markdown / macro features

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

sales = pd.read_csv("train.csv", parse_dates=["Date"])
feats = pd.read_csv("features.csv", parse_dates=["Date"])

df = sales[(sales.Store == 1) & (sales.Dept == 1)]
df = df.merge(feats.drop(columns="IsHoliday"), on=["Store", "Date"], how="left")
df = df.sort_values("Date").reset_index(drop=True)
print(df.shape)
print(df.head())

# markdowns only exist from Nov 2011 on, missing = no markdown
md_cols = ["MarkDown1", "MarkDown2", "MarkDown3", "MarkDown4", "MarkDown5"]
df[md_cols] = df[md_cols].fillna(0)

df["IsHoliday"] = df["IsHoliday"].astype(int)
df["week"] = df.Date.dt.isocalendar().week.astype(int)
df["month"] = df.Date.dt.month
df["year"] = df.Date.dt.year

# last year's sales in the same week + recent weeks
df["sales_lag_52"] = df["Weekly_Sales"].shift(52)
df["sales_lag_1"] = df["Weekly_Sales"].shift(1)
df["sales_lag_2"] = df["Weekly_Sales"].shift(2)
df["sales_ma_4"] = df["Weekly_Sales"].shift(1).rolling(4).mean()
df = df.dropna(subset=["sales_lag_52"])

num_cols = df.select_dtypes(include=np.number).columns.tolist()
feature_cols = [c for c in num_cols if c not in ("Store", "Dept")]
print("features:", feature_cols)

train = df[df.Date < "2012-03-01"]
test = df[df.Date >= "2012-03-01"]
print(len(train), "train weeks,", len(test), "test weeks")

model = GradientBoostingRegressor(n_estimators=300, max_depth=2, learning_rate=0.05,
                                  random_state=0)
model.fit(train[feature_cols], train["Weekly_Sales"])
pred = model.predict(test[feature_cols])

# baseline: same week last year
print("baseline (lag 52) MAE:", round(mean_absolute_error(test.Weekly_Sales, test.sales_lag_52), 1))
print("GBR MAE:", round(mean_absolute_error(test.Weekly_Sales, pred), 1))

# weighted MAE as in the competition (holiday weeks x5)
w = np.where(test.IsHoliday == 1, 5, 1)
print("GBR WMAE:", round(np.sum(w * np.abs(test.Weekly_Sales - pred)) / w.sum(), 1))

imp = pd.Series(model.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(10))
