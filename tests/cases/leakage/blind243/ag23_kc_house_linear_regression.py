# King County house prices - linear regression
# my first regression project :)  dataset: kc_house_data.csv from kaggle

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

df = pd.read_csv("kc_house_data.csv")
print(df.head())
print(df.shape)
print(df.isnull().sum())

# correlation with price
corr = df.select_dtypes("number").corr()["price"].sort_values(ascending=False)
print(corr)

plt.scatter(df["sqft_living"], df["price"], s=2)
plt.xlabel("sqft_living")
plt.ylabel("price")
plt.savefig("living_vs_price.png")

# use all numeric columns
X = df.select_dtypes("number").drop(columns=["price"])
y = df["price"]

# new features
X["house_age"] = 2015 - X["yr_built"]
X["renovated"] = (X["yr_renovated"] > 0).astype(int)
X["sqft_per_room"] = X["sqft_living"] / (X["bedrooms"] + X["bathrooms"] + 1)

lr = LinearRegression()
lr.fit(X, y)
preds = lr.predict(X)

# baseline - just guess the average price for every house
baseline = np.full(len(y), y.mean())
print("baseline MAE:", mean_absolute_error(y, baseline))
print("baseline RMSE:", np.sqrt(mean_squared_error(y, baseline)))

print("Linear regression R2:", r2_score(y, preds))
print("Linear regression MAE:", mean_absolute_error(y, preds))
print("Linear regression RMSE:", np.sqrt(mean_squared_error(y, preds)))

coef = pd.DataFrame({"feature": X.columns, "coef": lr.coef_})
print(coef.sort_values("coef"))

# example prediction
house = X.iloc[[0]]
print("predicted price of first house:", lr.predict(house)[0], "actual:", y.iloc[0])
