# King County house sales - linear regression
# Simple model for the blog post: how much is an extra square foot worth?
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

houses = pd.read_csv("kc_house_data.csv")
print(houses.shape)
print(houses[["price", "sqft_living", "bedrooms", "bathrooms", "grade"]].describe())

# a couple of obvious data errors
houses = houses[houses["bedrooms"] < 30]
houses = houses[houses["price"] > 0]

houses["age"] = 2015 - houses["yr_built"]
houses["renovated"] = (houses["yr_renovated"] > 0).astype(int)
houses["log_sqft_living"] = np.log(houses["sqft_living"])
houses["log_sqft_lot"] = np.log(houses["sqft_lot"])
houses["has_basement"] = (houses["sqft_basement"] > 0).astype(int)
zip_dummies = pd.get_dummies(houses["zipcode"], prefix="zip", drop_first=True)

features = ["log_sqft_living", "log_sqft_lot", "bedrooms", "bathrooms", "floors",
            "waterfront", "view", "condition", "grade", "age", "renovated", "has_basement"]
X = pd.concat([houses[features], zip_dummies], axis=1)
y = np.log(houses["price"])

lr = LinearRegression()
lr.fit(X, y)
fitted = lr.predict(X)

# compare with just predicting the average price for every house
mean_pred = np.full(len(y), y.mean())
print("mean baseline R2  : %.3f" % r2_score(y, mean_pred))
print("mean baseline MAE : $%.0f" % mean_absolute_error(np.exp(y), np.exp(mean_pred)))
print("linear model R2   : %.3f" % r2_score(y, fitted))
print("linear model MAE  : $%.0f" % mean_absolute_error(np.exp(y), np.exp(fitted)))
print("linear model RMSE : $%.0f" % np.sqrt(mean_squared_error(np.exp(y), np.exp(fitted))))

coef = pd.Series(lr.coef_, index=X.columns)
print(coef[features].round(4))
print("elasticity of price w.r.t. living area: %.2f" % coef["log_sqft_living"])

plt.scatter(y, fitted, s=2, alpha=0.3)
plt.xlabel("log price"); plt.ylabel("fitted")
plt.savefig("fitted_vs_actual.png", dpi=120)
