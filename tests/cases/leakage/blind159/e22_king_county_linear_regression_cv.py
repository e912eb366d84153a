# King County house sales - linear regression evaluated with 10-fold CV
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate

houses = pd.read_csv("kc_house_data.csv")
houses = houses[(houses["bedrooms"] < 30) & (houses["price"] > 0)]

houses["age"] = 2015 - houses["yr_built"]
houses["renovated"] = (houses["yr_renovated"] > 0).astype(int)
houses["log_sqft_living"] = np.log(houses["sqft_living"])
houses["log_sqft_lot"] = np.log(houses["sqft_lot"])
houses["has_basement"] = (houses["sqft_basement"] > 0).astype(int)
zip_dummies = pd.get_dummies(houses["zipcode"], prefix="zip", drop_first=True)

features = ["log_sqft_living", "log_sqft_lot", "bedrooms", "bathrooms", "floors",
            "waterfront", "view", "condition", "grade", "age", "renovated", "has_basement"]
X = pd.concat([houses[features], zip_dummies], axis=1).astype(float)
y = np.log(houses["price"])

cv = KFold(n_splits=10, shuffle=True, random_state=0)
scoring = {"r2": "r2", "mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}

rows = []
for name, est in [("mean baseline", DummyRegressor(strategy="mean")),
                  ("median baseline", DummyRegressor(strategy="median")),
                  ("linear regression", LinearRegression())]:
    res = cross_validate(est, X, y, cv=cv, scoring=scoring)
    rows.append({
        "model": name,
        "r2": res["test_r2"].mean(),
        "mae_log": -res["test_mae"].mean(),
        "rmse_log": -res["test_rmse"].mean(),
        "r2_std": res["test_r2"].std(),
    })
print(pd.DataFrame(rows).set_index("model").round(4))

lr = LinearRegression().fit(X, y)
coef = pd.Series(lr.coef_, index=X.columns)
print(coef[features].round(4))
