import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import RFE
from sklearn.linear_model import LinearRegression
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import cross_val_score

df = pd.read_csv("train.csv")
X = df.drop(columns=["house_id", "sale_price", "assessed_value_after_sale", "neighborhood", "house_type"]).fillna(0)
y = df["sale_price"]

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("rfe", RFE(LinearRegression(), n_features_to_select=8)),
    ("lr", LinearRegression()),
])
print("pipeline R2", cross_val_score(pipe, X, y, cv=5, scoring="r2").mean())
print("dummy R2", cross_val_score(DummyRegressor(), X, y, cv=5, scoring="r2").mean())
