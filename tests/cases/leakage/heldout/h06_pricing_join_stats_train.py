import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
train, test = train_test_split(df, test_size=0.2, random_state=0)
stats = train.groupby("neighbourhood")["price"].agg(["mean", "count"])
stats.columns = ["nb_mean_price", "nb_count"]
train = train.join(stats, on="neighbourhood")
test = test.join(stats, on="neighbourhood")

cols = ["sqft", "bedrooms", "bathrooms", "nb_mean_price", "nb_count"]
gbr = GradientBoostingRegressor().fit(train[cols], train["price"])
print("MAE:", mean_absolute_error(test["price"], gbr.predict(test[cols])))
print("MAE predicting the median:", mean_absolute_error(test["price"], np.full(len(test), train["price"].median())))
