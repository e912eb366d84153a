import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

df = pd.read_csv("train.csv", parse_dates=["listed_date"])
df["log_sqft"] = np.log1p(df["sqft"])
df["lot_size"] = df["lot_size"].clip(upper=50_000)
df["listed_month"] = df["listed_date"].dt.month
df["listed_year"] = df["listed_date"].dt.year
df = pd.get_dummies(df, columns=["neighborhood", "house_type"], drop_first=True)

y = np.log1p(df["sale_price"])
X = df.drop(columns=["sale_price", "house_id", "assessed_value_after_sale", "listed_date"])
X = X.fillna(0)
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, random_state=2)
lin = LinearRegression().fit(X_tr, y_tr)
dummy = DummyRegressor().fit(X_tr, y_tr)
print("RMSE log dummy ", mean_squared_error(y_te, dummy.predict(X_te)) ** 0.5)
print("RMSE log linreg", mean_squared_error(y_te, lin.predict(X_te)) ** 0.5)
