import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
# neighbourhood price level
stats = df.groupby("neighbourhood")["price"].agg(["mean", "count"])
stats.columns = ["nb_mean_price", "nb_count"]
df = df.join(stats, on="neighbourhood")

cols = ["sqft", "bedrooms", "bathrooms", "nb_mean_price", "nb_count"]
X_train, X_test, y_train, y_test = train_test_split(df[cols], df["price"], test_size=0.2, random_state=0)
gbr = GradientBoostingRegressor().fit(X_train, y_train)
print("MAE:", mean_absolute_error(y_test, gbr.predict(X_test)))
print("MAE predicting the median:", mean_absolute_error(y_test, np.full(len(y_test), y_train.median())))
