"""Daily sales forecast for one store: lag + rolling features into a random forest.

Data: train.csv from the store-sales competition (date, store, item, sales).
"""
import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv", parse_dates=["date"])
print(df.shape)
print(df.head())

# only store 1 for now, the full thing takes forever on my laptop
df = df[df["store"] == 1].copy()
daily = df.groupby("date", as_index=False)["sales"].sum()
daily = daily.sort_values("date").reset_index(drop=True)
print(daily.describe())

# calendar features
daily["dow"] = daily["date"].dt.dayofweek
daily["month"] = daily["date"].dt.month
daily["dayofyear"] = daily["date"].dt.dayofyear
daily["is_weekend"] = (daily["dow"] >= 5).astype(int)

# lags of the target
for lag in [1, 2, 3, 7, 14, 28]:
    daily[f"lag_{lag}"] = daily["sales"].shift(lag)

# rolling stats, always starting from yesterday
daily["roll_mean_7"] = daily["sales"].shift(1).rolling(7).mean()
daily["roll_mean_28"] = daily["sales"].shift(1).rolling(28).mean()
daily["roll_std_7"] = daily["sales"].shift(1).rolling(7).std()

daily = daily.dropna().reset_index(drop=True)

features = [c for c in daily.columns if c not in ("date", "sales")]
X = daily[features]
y = daily["sales"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
print("train rows:", len(X_train), "test rows:", len(X_test))

# baseline: same weekday last week
naive_pred = X_test["lag_7"]
print("Seasonal naive MAE:", round(mean_absolute_error(y_test, naive_pred), 2))

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

mae = mean_absolute_error(y_test, pred)
rmse = np.sqrt(mean_squared_error(y_test, pred))
print(f"RF  MAE: {mae:.2f}  RMSE: {rmse:.2f}")

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# refit on everything before saving, more data = better
rf.fit(X, y)
joblib.dump(rf, "rf_store1.joblib")
print("saved model")
