"""Ames house prices: a leak-free sklearn pipeline with a mean-price reference.

Everything that learns from data (imputation, scaling, one-hot encoding) lives
in a ColumnTransformer so it only ever sees the training rows.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 0

df = pd.read_csv("input/house-prices/train.csv")
df = df[df["GrLivArea"] < 4500]

df["TotalSF"] = df["TotalBsmtSF"] + df["1stFlrSF"] + df["2ndFlrSF"]
df["HouseAge"] = df["YrSold"] - df["YearBuilt"]
df["HasPool"] = (df["PoolArea"] > 0).astype(int)

y = np.log1p(df.pop("SalePrice"))
X = df.drop(columns=["Id"])

numeric = X.select_dtypes(include="number").columns.tolist()
categorical = X.select_dtypes(include="object").columns.tolist()

preprocess = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="missing"),
                          OneHotEncoder(handle_unknown="ignore")), categorical),
])

model = Pipeline([
    ("prep", preprocess),
    ("ridge", RidgeCV(alphas=np.logspace(-2, 3, 30))),
])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=RANDOM_STATE)

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
model.fit(X_train, y_train)


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


print("baseline RMSE:", round(rmse(y_test, baseline.predict(X_test)), 4))
print("ridge    RMSE:", round(rmse(y_test, model.predict(X_test)), 4))
print("chosen alpha :", model.named_steps["ridge"].alpha_)
