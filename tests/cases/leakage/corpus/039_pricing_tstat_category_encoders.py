import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, cross_val_score, KFold, GridSearchCV
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import Ridge, LinearRegression
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

pd.set_option("display.max_columns", 50)
listings = pd.read_csv("train.csv")
df = listings.copy()
print(df.info())
df = df[df["price"] > 0]
df["age"] = 2024 - df["year_built"]
df["sqft_per_room"] = df["sqft"] / df["bedrooms"].clip(lower=1)
plt.scatter(df["sqft"], df["price"], s=3)
plt.xlabel("sqft"); plt.ylabel("price")
plt.show()
NUMERIC = ["sqft", "bedrooms", "bathrooms", "age", "sqft_per_room"]



import category_encoders as ce
X = df[NUMERIC + ["neighbourhood"]]
y = df["price"]
te = ce.TargetEncoder(cols=["neighbourhood"])
X_enc = te.fit_transform(X, y)
X_train, X_test, y_train, y_test = train_test_split(X_enc, y, test_size=0.2, random_state=2)
model = RandomForestRegressor(n_estimators=300, random_state=1)
model.fit(X_train, y_train)
print(mean_absolute_error(y_test, model.predict(X_test)))


# sanity check: how does a dummy model do?
dummy = DummyRegressor(strategy="mean")
dummy.fit(X_train, y_train)
print("dummy:", mean_absolute_error(y_test, dummy.predict(X_test)))
