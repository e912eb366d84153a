import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error

px = pd.read_csv("prices.csv", parse_dates=["Date"])
px = px.sort_values("Date")
px["target"] = px["Close"].shift(-1)
for k in (1, 2, 3):
    px[f"lag_{k}"] = px["Close"].shift(k)
px = px.dropna()
features = ["Close", "lag_1", "lag_2", "lag_3", "Volume"]
cut = int(len(px) * 0.8)
train, test = px.iloc[:cut], px.iloc[cut:]
model = Ridge().fit(train[features], train["target"])
print("RMSE", mean_squared_error(test["target"], model.predict(test[features])) ** 0.5)
