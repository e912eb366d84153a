# Daily page views of one Wikipedia article (Kaggle "Web Traffic Time Series" extract)
# Gradient boosting with calendar + lag + rolling features.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

views = pd.read_csv("data/web_traffic_page.csv", parse_dates=["date"])
views = views.sort_values("date").set_index("date")
print(views.shape)
print(views.head())
print(views["views"].describe())

views["views"].plot(figsize=(14, 4), title="daily views")
plt.savefig("views_series.png")

s = views["views"]

feat = pd.DataFrame(index=views.index)
feat["views"] = s
feat["lag_1"] = s.shift(1)
feat["lag_7"] = s.shift(7)
feat["lag_14"] = s.shift(14)
feat["roll_mean_7"] = s.rolling(7, center=True).mean()
feat["roll_std_30"] = s.rolling(30, center=True).std()
feat["dow"] = feat.index.dayofweek
feat["month"] = feat.index.month
feat["is_weekend"] = (feat["dow"] >= 5).astype(int)
feat = feat.dropna()

features = [c for c in feat.columns if c != "views"]

split = int(len(feat) * 0.8)
train, test = feat.iloc[:split], feat.iloc[split:]
print("train until", train.index.max().date(), "| test from", test.index.min().date())

model = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=4, random_state=0)
model.fit(train[features], train["views"])
pred = model.predict(test[features])

print("MAE :", round(mean_absolute_error(test["views"], pred), 1))
print("MAPE:", round(mean_absolute_percentage_error(test["views"], pred), 4))

plt.figure(figsize=(14, 4))
plt.plot(test.index, test["views"], label="actual")
plt.plot(test.index, pred, label="predicted")
plt.legend()
plt.savefig("views_forecast.png")
