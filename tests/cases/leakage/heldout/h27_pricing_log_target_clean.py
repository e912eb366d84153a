import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error

df = pd.read_csv("train.csv")
y = np.log1p(df["price"])
X = df.drop(["price", "listing_id", "sold_price", "neighbourhood"], axis=1)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
hgb = HistGradientBoostingRegressor().fit(X_train, y_train)
print("RMSLE model", mean_squared_error(y_test, hgb.predict(X_test)) ** 0.5)
print("RMSLE constant", mean_squared_error(y_test, np.full_like(y_test, y_train.median())) ** 0.5)
