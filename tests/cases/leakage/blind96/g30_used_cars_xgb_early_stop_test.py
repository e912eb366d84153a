# CarDekho used car prices - XGBoost regression
# data: "Car details v3.csv" (name, year, selling_price, km_driven, fuel, seller_type,
#        transmission, owner, mileage, engine, max_power, torque, seats)

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

cars = pd.read_csv("Car details v3.csv")
print(cars.shape)
cars = cars.drop(columns=["torque"]).dropna().drop_duplicates()

# "23.4 kmpl" -> 23.4, "1248 CC" -> 1248, "74 bhp" -> 74
cars["mileage"] = cars["mileage"].str.extract(r"([\d.]+)").astype(float)
cars["engine"] = cars["engine"].str.extract(r"(\d+)").astype(float)
cars["max_power"] = pd.to_numeric(cars["max_power"].str.extract(r"([\d.]+)")[0], errors="coerce")
cars = cars.dropna(subset=["max_power"])

cars["brand"] = cars["name"].str.split().str[0]
cars["age"] = 2024 - cars["year"]
cars["log_km"] = np.log1p(cars["km_driven"])
cars = cars.drop(columns=["name", "year", "km_driven"])

# a handful of luxury brands are very rare; flag them instead of trusting their tiny samples
luxury = {"BMW", "Mercedes-Benz", "Audi", "Volvo", "Jaguar", "Land", "Lexus"}
cars["is_luxury"] = cars["brand"].isin(luxury).astype(int)

cars = pd.get_dummies(cars, columns=["fuel", "seller_type", "transmission", "owner", "brand"], dtype=int)
y = np.log(cars.pop("selling_price"))
X = cars

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=7)

model = xgb.XGBRegressor(
    n_estimators=5000,
    learning_rate=0.02,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.7,
    min_child_weight=3,
    early_stopping_rounds=100,
    eval_metric="rmse",
    random_state=7,
)
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

pred = model.predict(X_test)
print(f"RMSE (log price): {mean_squared_error(y_test, pred) ** 0.5:.4f}")
print(f"R2              : {r2_score(y_test, pred):.4f}")
print(f"MAE (rupees)    : {mean_absolute_error(np.exp(y_test), np.exp(pred)):,.0f}")

imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
model.save_model("car_price_xgb.json")
