# Daily demand forecast for the chain (Kaggle store-item demand data, 2013-2017)
# total units per day across all stores and items, random forest on calendar + lag features
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import holidays
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

sales = pd.read_csv("demand-forecasting/train.csv", parse_dates=["date"])
print(sales.shape, sales["date"].min(), sales["date"].max())

daily = sales.groupby("date")["sales"].sum().to_frame("units").sort_index()
daily = daily.asfreq("D")
print(daily.isna().sum())

daily["units"].plot(figsize=(12, 3), title="total units per day")
plt.tight_layout()
plt.savefig("daily_units.png")

# weekly / yearly seasonality
print(daily.groupby(daily.index.dayofweek)["units"].mean().round(0))
print(daily.groupby(daily.index.month)["units"].mean().round(0))

us_holidays = holidays.US(years=range(2013, 2019))

feat = daily.copy()
feat["dow"] = feat.index.dayofweek
feat["month"] = feat.index.month
feat["year"] = feat.index.year
feat["dayofyear"] = feat.index.dayofyear
feat["weekofyear"] = feat.index.isocalendar().week.astype(int)
feat["is_holiday"] = [int(d in us_holidays) for d in feat.index]
feat["is_weekend"] = (feat["dow"] >= 5).astype(int)

for lag in [1, 2, 7, 14, 28, 364]:
    feat[f"lag_{lag}"] = feat["units"].shift(lag)
feat["roll_mean_7"] = feat["units"].shift(1).rolling(7).mean()
feat["roll_mean_28"] = feat["units"].shift(1).rolling(28).mean()
feat["roll_std_7"] = feat["units"].shift(1).rolling(7).std()
feat["ewm_14"] = feat["units"].shift(1).ewm(span=14).mean()
feat = feat.dropna()
print(feat.shape)

X = feat.drop(columns="units")
y = feat["units"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=2, max_features=0.5, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

print(f"MAE   {mean_absolute_error(y_test, pred):,.0f} units")
print(f"MAPE  {mean_absolute_percentage_error(y_test, pred):.2%}")
print(f"R2    {r2_score(y_test, pred):.4f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.round(4))

out = pd.DataFrame({"actual": y_test, "pred": pred}).sort_index()
out.plot(figsize=(12, 3), style=[".", "x"], ms=3)
plt.title("test days")
plt.savefig("rf_test_days.png")
