# Used-car price regression, v2: winsorisation bounds now come from the training split.
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

cars = pd.read_csv("vehicles_sample.csv")
cars = cars[["price", "year", "odometer", "manufacturer", "condition", "cylinders", "fuel", "transmission", "drive", "type"]]
cars = cars.dropna(subset=["price", "year", "odometer"])
cars = cars[(cars["price"] > 500) & (cars["price"] < 150000)]

print(cars.shape)
print(cars[["price", "odometer", "year"]].describe(percentiles=[0.01, 0.5, 0.99]).T)

cars["age"] = 2022 - cars["year"]
cars["cyl"] = cars["cylinders"].str.extract(r"(\d+)").astype(float)
cars = pd.get_dummies(cars, columns=["manufacturer", "condition", "fuel", "transmission", "drive", "type"], dummy_na=True)

y = np.log(cars.pop("price"))
X = cars.drop(columns=["year", "cylinders"])
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=31)
X_train, X_test = X_train.copy(), X_test.copy()

bounds = {}
for col in ["odometer", "age"]:
    lo, hi = np.percentile(X_train[col], [1, 99])
    bounds[col] = (lo, hi)
    X_train[col] = X_train[col].clip(lo, hi)
    X_test[col] = X_test[col].clip(lo, hi)
print(bounds)

X_train["log_odometer"] = np.log1p(X_train["odometer"])
X_test["log_odometer"] = np.log1p(X_test["odometer"])

hgb = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=63, random_state=31)
hgb.fit(X_train, y_train)

pred_log = hgb.predict(X_test)
print(f"HistGB  MAE ${mean_absolute_error(np.exp(y_test), np.exp(pred_log)):,.0f}")
print(f"R2 (log price): {r2_score(y_test, pred_log):.3f}")

# error by age bucket
err = pd.DataFrame({"age": X_test["age"], "abs_err": np.abs(np.exp(y_test) - np.exp(pred_log))})
print(err.groupby(pd.cut(err["age"], [0, 3, 6, 10, 15, 30, 100]))["abs_err"].median().round(0))
