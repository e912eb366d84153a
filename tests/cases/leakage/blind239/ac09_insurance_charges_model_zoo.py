#!/usr/bin/env python
# Medical cost personal dataset (insurance.csv): predict `charges`
# try a zoo of regressors and keep the best one

import sys
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler, PolynomialFeatures
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import LinearRegression, Ridge, Lasso
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
import lightgbm as lgb

DATA = sys.argv[1] if len(sys.argv) > 1 else "insurance.csv"
SEED = 2021


def load(path):
    df = pd.read_csv(path)
    df["bmi_over_30"] = (df["bmi"] >= 30).astype(int)
    df["smoker_obese"] = ((df["smoker"] == "yes") & (df["bmi"] >= 30)).astype(int)
    return df


def preprocessor(numeric, categorical, poly=False):
    num_steps = [("scale", StandardScaler())]
    if poly:
        num_steps.insert(0, ("poly", PolynomialFeatures(degree=2, include_bias=False)))
    return ColumnTransformer([
        ("num", Pipeline(num_steps), numeric),
        ("cat", OneHotEncoder(drop="first"), categorical),
    ])


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


df = load(DATA)
print(df.describe(include="all").T)

target = "charges"
numeric = ["age", "bmi", "children", "bmi_over_30", "smoker_obese"]
categorical = ["sex", "smoker", "region"]

X = df[numeric + categorical]
y = df[target]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

zoo = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "linreg": LinearRegression(),
    "ridge_poly": Ridge(alpha=3.0),
    "lasso_poly": Lasso(alpha=50.0, max_iter=20000),
    "rf": RandomForestRegressor(n_estimators=500, min_samples_leaf=3, random_state=SEED, n_jobs=-1),
    "gbr": GradientBoostingRegressor(n_estimators=400, learning_rate=0.03, max_depth=3, random_state=SEED),
    "lgbm": lgb.LGBMRegressor(n_estimators=800, learning_rate=0.02, num_leaves=15, random_state=SEED, verbose=-1),
}

scores = {}
fitted = {}
for name, reg in zoo.items():
    pipe = Pipeline([
        ("prep", preprocessor(numeric, categorical, poly=name.endswith("_poly"))),
        ("reg", reg),
    ])
    pipe.fit(X_train, y_train)
    pred = pipe.predict(X_test)
    scores[name] = {
        "mae": mean_absolute_error(y_test, pred),
        "rmse": rmse(y_test, pred),
        "r2": r2_score(y_test, pred),
    }
    fitted[name] = pipe
    print(f"{name:14s} MAE {scores[name]['mae']:9.1f}  RMSE {scores[name]['rmse']:9.1f}  R2 {scores[name]['r2']:.4f}")

table = pd.DataFrame(scores).T.sort_values("rmse")
print(table.round(3))

best_name = table.index[0]
best = fitted[best_name]
print(f"\nBest model: {best_name}")
print(f"Test RMSE : {table.loc[best_name, 'rmse']:.1f}")
print(f"Test MAE  : {table.loc[best_name, 'mae']:.1f}")
print(f"Test R2   : {table.loc[best_name, 'r2']:.4f}")
print(f"vs mean-only RMSE {table.loc['baseline_mean', 'rmse']:.1f}")

# residuals by smoker status for the chosen model
res = y_test - best.predict(X_test)
print(res.groupby(X_test["smoker"]).agg(["mean", "std"]).round(1))
