import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

listings = pd.read_csv("train.csv")
X = listings.select_dtypes("number").drop(columns=["price", "listing_id", "sold_price"])
y = listings["price"]
X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0)
rf = RandomForestRegressor(n_estimators=100).fit(X_train.fillna(0), y_train)
print(mean_absolute_error(y_test, rf.predict(X_test.fillna(0))))
print(mean_absolute_error(y_test, DummyRegressor().fit(X_train, y_train).predict(X_test)))
