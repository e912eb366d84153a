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
pipe = make_pipeline(ce.TargetEncoder(cols=["neighbourhood"]), SimpleImputer(), RandomForestRegressor(n_estimators=300, random_state=1))
scores = cross_val_score(pipe, X, y, cv=5, scoring="neg_mean_absolute_error")
print(f"cv score {scores.mean():.3f}")


print("dummy cv:", cross_val_score(DummyRegressor(strategy="mean"), X, y, cv=5, scoring="neg_mean_absolute_error").mean())
