# King County house prices - linear regression
# my first regression project :)  dataset: kc_house_data.csv from kaggle

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import train_test_split
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

# keep 20% of the houses aside to check the model on houses it hasn't seen
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

lr = LinearRegression()
lr.fit(X_train, y_train)
preds = lr.predict(X_test)

# baseline - just guess the average (training) price for every house
baseline = np.full(len(y_test), y_train.mean())
print("baseline MAE:", mean_absolute_error(y_test, baseline))
print("baseline RMSE:", np.sqrt(mean_squared_error(y_test, baseline)))

print("Linear regression R2:", r2_score(y_test, preds))
print("Linear regression MAE:", mean_absolute_error(y_test, preds))
print("Linear regression RMSE:", np.sqrt(mean_squared_error(y_test, preds)))

coef = pd.DataFrame({"feature": X.columns, "coef": lr.coef_})
print(coef.sort_values("coef"))

# now train on all the houses for the final model
final_lr = LinearRegression().fit(X, y)
print("train R2 of final model:", r2_score(y, final_lr.predict(X)))

# example prediction
house = X.iloc[[0]]
print("predicted price of first house:", final_lr.predict(house)[0], "actual:", y.iloc[0])
