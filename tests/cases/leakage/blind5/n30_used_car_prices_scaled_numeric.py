# Used car price prediction (CarDekho "Car details v3")
import re
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

cars = pd.read_csv("Car details v3.csv")
print(cars.shape)
print(cars.head())
print(cars.isna().sum())

cars = cars.dropna().drop_duplicates().reset_index(drop=True)

# ---- parse the text columns into numbers
def first_number(s):
    m = re.search(r"[\d.]+", str(s))
    return float(m.group()) if m else np.nan

cars["mileage_num"] = cars["mileage"].apply(first_number)
cars["engine_cc"] = cars["engine"].apply(first_number)
cars["max_power_bhp"] = cars["max_power"].apply(first_number)
cars["brand"] = cars["name"].str.split().str[0]
cars["age"] = 2021 - cars["year"]
cars["km_per_year"] = cars["km_driven"] / cars["age"].clip(lower=1)
cars = cars.drop(columns=["mileage", "engine", "max_power", "torque", "name", "year"])
cars = cars.dropna()

print(cars.describe().T)
print(cars.groupby("fuel")["selling_price"].median())
print(cars.groupby("transmission")["selling_price"].median())

# rare brands -> "other"
brand_counts = cars["brand"].value_counts()
cars["brand"] = cars["brand"].where(cars["brand"].map(brand_counts) >= 30, "Other")

# ---- numeric block, standardised
num_cols = cars.select_dtypes(include="number").columns.tolist()
print("numeric columns:", num_cols)
scaler = StandardScaler()
num_scaled = pd.DataFrame(scaler.fit_transform(cars[num_cols]), columns=num_cols, index=cars.index)

# ---- categorical block
cat_cols = ["fuel", "seller_type", "transmission", "owner", "brand"]
dummies = pd.get_dummies(cars[cat_cols], drop_first=True, dtype=int)

X = pd.concat([num_scaled, dummies], axis=1)
y = np.log1p(cars["selling_price"])
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=21)

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=21)
rf.fit(X_train, y_train)

pred = np.expm1(rf.predict(X_test))
true = np.expm1(y_test)
print("R2  :", round(r2_score(true, pred), 4))
print("MAE :", round(mean_absolute_error(true, pred), 0))
print("RMSE:", round(mean_squared_error(true, pred) ** 0.5, 0))
print("MAPE:", round(np.mean(np.abs(pred - true) / true) * 100, 2), "%")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
