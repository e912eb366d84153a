# Daily page views of one Wikipedia article (Kaggle "Web Traffic Time Series" extract)
# Gradient boosting with calendar + lag + rolling features, compared with a seasonal naive forecast.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

views = pd.read_csv("data/web_traffic_page.csv", parse_dates=["date"])
views = views.sort_values("date").set_index("date")
print(views.shape)
print(views["views"].describe())

s = views["views"]
past = s.shift(1)

feat = pd.DataFrame(index=views.index)
feat["views"] = s
feat["lag_1"] = past
feat["lag_7"] = s.shift(7)
feat["lag_14"] = s.shift(14)
feat["roll_mean_7"] = past.rolling(7).mean()
feat["roll_std_30"] = past.rolling(30).std()
feat["dow"] = feat.index.dayofweek
feat["month"] = feat.index.month
feat["is_weekend"] = (feat["dow"] >= 5).astype(int)
feat = feat.dropna()

features = [c for c in feat.columns if c != "views"]

split = int(len(feat) * 0.8)
train, test = feat.iloc[:split], feat.iloc[split:]
print("train until", train.index.max().date(), "| test from", test.index.min().date())

# seasonal naive: same weekday last week
naive = test["lag_7"]
print("naive MAE :", round(mean_absolute_error(test["views"], naive), 1))
print("naive MAPE:", round(mean_absolute_percentage_error(test["views"], naive), 4))

model = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=4, random_state=0)
model.fit(train[features], train["views"])
pred = model.predict(test[features])

print("GBR MAE :", round(mean_absolute_error(test["views"], pred), 1))
print("GBR MAPE:", round(mean_absolute_percentage_error(test["views"], pred), 4))

plt.figure(figsize=(14, 4))
plt.plot(test.index, test["views"], label="actual")
plt.plot(test.index, pred, label="gbr")
plt.plot(test.index, naive, label="naive", alpha=0.5)
plt.legend()
plt.savefig("views_forecast.png")
