"""Delivery-time regression (minutes from order to drop-off)."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv", parse_dates=["order_time", "actual_dropoff_time"])
print(df.shape)
print(df["delivery_minutes"].describe())
print(df.groupby("weather")["delivery_minutes"].median())

# basic cleaning
print("missing:\n", df.isna().sum()[df.isna().sum() > 0])
df["distance_km"] = df["distance_km"].clip(upper=30)
df["dow"] = df["order_time"].dt.dayofweek
df["is_weekend"] = (df["dow"] >= 5).astype(int)
df["rush"] = df["hour"].isin([11, 12, 13, 18, 19, 20]).astype(int)
df["km_x_prep"] = df["distance_km"] * df["prep_minutes"]

# actual_dropoff_time is order_time + delivery_minutes -> drop it
df = df.drop(columns=["actual_dropoff_time"])

df = pd.get_dummies(df, columns=["weather", "restaurant_type"], dtype=int)
features = [c for c in df.columns if c not in ("delivery_minutes", "order_id", "courier_id", "order_time")]
print("features:", features)

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["delivery_minutes"], test_size=0.2, random_state=0
)

base = DummyRegressor(strategy="mean").fit(X_train, y_train)
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=4, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)

for name, m in [("mean baseline", base), ("random forest", rf)]:
    p = m.predict(X_test)
    mae = mean_absolute_error(y_test, p)
    rmse = np.sqrt(mean_squared_error(y_test, p))
    print(f"{name:15s} MAE {mae:6.2f}  RMSE {rmse:6.2f}")

print(pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False).head(10))

# where is the model worst?
err = (rf.predict(X_test) - y_test).abs()
print(err.groupby(X_test["rush"]).mean())
print(err.groupby(pd.cut(X_test["distance_km"], [0, 2, 5, 10, 30])).mean())

# predictions for test.csv
rf.fit(df[features], df["delivery_minutes"])
test = pd.read_csv("test.csv", parse_dates=["order_time"])
test["distance_km"] = test["distance_km"].clip(upper=30)
test["dow"] = test["order_time"].dt.dayofweek
test["is_weekend"] = (test["dow"] >= 5).astype(int)
test["rush"] = test["hour"].isin([11, 12, 13, 18, 19, 20]).astype(int)
test["km_x_prep"] = test["distance_km"] * test["prep_minutes"]
test = pd.get_dummies(test, columns=["weather", "restaurant_type"], dtype=int)
test = test.reindex(columns=df.columns, fill_value=0)
pd.DataFrame({"order_id": test["order_id"], "prediction": rf.predict(test[features])}).to_csv(
    "predictions.csv", index=False
)
