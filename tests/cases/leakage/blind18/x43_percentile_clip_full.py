# Used-car price regression. Heavy tails everywhere (mileage typos, 1e6 prices...)
# -> winsorise numeric columns at the 1st/99th percentile before modelling.
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

cars = pd.read_csv("vehicles_sample.csv")
cars = cars[["price", "year", "odometer", "manufacturer", "condition", "cylinders", "fuel", "transmission", "drive", "type"]]
cars = cars.dropna(subset=["price", "year", "odometer"])
cars = cars[(cars["price"] > 500) & (cars["price"] < 150000)]
print(cars.shape)

print(cars[["price", "odometer", "year"]].describe(percentiles=[0.01, 0.5, 0.99]).T)
print(cars.isna().mean().round(3))

cars["age"] = 2022 - cars["year"]
cars["cyl"] = cars["cylinders"].str.extract(r"(\d+)").astype(float)

for col in ["odometer", "age"]:
    lo, hi = np.percentile(cars[col], [1, 99])
    print(f"{col}: clip to [{lo:.0f}, {hi:.0f}]")
    cars[col] = cars[col].clip(lo, hi)

cars["log_odometer"] = np.log1p(cars["odometer"])
cars = pd.get_dummies(cars, columns=["manufacturer", "condition", "fuel", "transmission", "drive", "type"], dummy_na=True)

y = np.log(cars.pop("price"))
X = cars.drop(columns=["year", "cylinders"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=31)

hgb = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=63, random_state=31)
hgb.fit(X_train, y_train)
dummy = DummyRegressor(strategy="median").fit(X_train, y_train)

for name, m in [("median baseline", dummy), ("HistGB", hgb)]:
    pred = np.exp(m.predict(X_test))
    print(f"{name:16s} MAE ${mean_absolute_error(np.exp(y_test), pred):,.0f}   R2(log) {r2_score(y_test, m.predict(X_test)):.3f}")
