"""California housing (1990 census, the "Hands-On ML" housing.csv): median house value per block group.

Stratified split on income category, simple ratio features, HistGradientBoosting.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline

housing = pd.read_csv("housing.csv")
print(housing.shape)
print(housing.isna().sum()[lambda s: s > 0])

# capped target (500001) -> drop the censored rows, as most tutorials do
housing = housing[housing["median_house_value"] < 500001].reset_index(drop=True)

# row-wise features, no statistics involved
housing["rooms_per_household"] = housing["total_rooms"] / housing["households"]
housing["bedrooms_per_room"] = housing["total_bedrooms"] / housing["total_rooms"]
housing["population_per_household"] = housing["population"] / housing["households"]
for col in ["total_rooms", "total_bedrooms", "population", "households"]:
    housing[f"log_{col}"] = np.log1p(housing[col])
housing = pd.get_dummies(housing, columns=["ocean_proximity"], prefix="ocean", dtype=int)

housing["income_cat"] = pd.cut(housing["median_income"], bins=[0.0, 1.5, 3.0, 4.5, 6.0, np.inf], labels=[1, 2, 3, 4, 5])

y = housing["median_house_value"]
X = housing.drop(columns=["median_house_value", "income_cat"])
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42, stratify=housing["income_cat"]
)

model = make_pipeline(
    SimpleImputer(strategy="median"),
    HistGradientBoostingRegressor(max_iter=600, learning_rate=0.05, max_leaf_nodes=48, l2_regularization=1.0,
                                  random_state=42),
)
model.fit(X_train, y_train)
pred = model.predict(X_test)

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
pred_base = baseline.predict(X_test)

for name, p in [("HistGradientBoosting", pred), ("mean baseline", pred_base)]:
    rmse = np.sqrt(mean_squared_error(y_test, p))
    mae = mean_absolute_error(y_test, p)
    print(f"{name:<22} RMSE {rmse:10,.0f}   MAE {mae:10,.0f}")
