#!/usr/bin/env python
# Medical cost personal dataset (insurance.csv): predict `charges`
# try a zoo of regressors, choose on a validation split, report the test split once

import sys
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler, PolynomialFeatures
from sklearn.pipeline import Pipeline
from sklearn.base import clone
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


def metrics(y_true, pred):
    return {"mae": mean_absolute_error(y_true, pred), "rmse": rmse(y_true, pred), "r2": r2_score(y_true, pred)}


df = load(DATA)
print(df.describe(include="all").T)

target = "charges"
numeric = ["age", "bmi", "children", "bmi_over_30", "smoker_obese"]
categorical = ["sex", "smoker", "region"]

X = df[numeric + categorical]
y = df[target]

# 60 / 20 / 20
X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.25, random_state=SEED)
print(len(X_train), len(X_val), len(X_test))

zoo = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "linreg": LinearRegression(),
    "ridge_poly": Ridge(alpha=3.0),
    "lasso_poly": Lasso(alpha=50.0, max_iter=20000),
    "rf": RandomForestRegressor(n_estimators=500, min_samples_leaf=3, random_state=SEED, n_jobs=-1),
    "gbr": GradientBoostingRegressor(n_estimators=400, learning_rate=0.03, max_depth=3, random_state=SEED),
    "lgbm": lgb.LGBMRegressor(n_estimators=800, learning_rate=0.02, num_leaves=15, random_state=SEED, verbose=-1),
}


def build(name):
    return Pipeline([
        ("prep", preprocessor(numeric, categorical, poly=name.endswith("_poly"))),
        ("reg", clone(zoo[name])),
    ])


val_scores = {}
for name in zoo:
    pipe = build(name)
    pipe.fit(X_train, y_train)
    val_scores[name] = metrics(y_val, pipe.predict(X_val))
    s = val_scores[name]
    print(f"{name:14s} val MAE {s['mae']:9.1f}  RMSE {s['rmse']:9.1f}  R2 {s['r2']:.4f}")

val_table = pd.DataFrame(val_scores).T.sort_values("rmse")
print(val_table.round(3))
best_name = val_table.index[0]
print("\nchosen on validation:", best_name)

# refit chosen model (and the mean-only reference) on train+val, score the test split once
best = build(best_name).fit(X_tmp, y_tmp)
ref = build("baseline_mean").fit(X_tmp, y_tmp)
test_best = metrics(y_test, best.predict(X_test))
test_ref = metrics(y_test, ref.predict(X_test))
print(f"Test RMSE : {test_best['rmse']:.1f}  (mean-only {test_ref['rmse']:.1f})")
print(f"Test MAE  : {test_best['mae']:.1f}  (mean-only {test_ref['mae']:.1f})")
print(f"Test R2   : {test_best['r2']:.4f}")

res = y_test - best.predict(X_test)
print(res.groupby(X_test["smoker"]).agg(["mean", "std"]).round(1))
