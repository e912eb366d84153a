# Lasso for feature selection (scikit-learn)
# ------------------------------------------
#
# L1 regularisation drives the coefficients of unhelpful features to exactly zero, so a fitted Lasso doubles
# as a feature selector. `SelectFromModel` turns that into a transformer we can put in a pipeline.
#
# Dataset: California housing (fetch_california_housing).

import numpy as np
import pandas as pd
from sklearn.datasets import fetch_california_housing
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler, PolynomialFeatures
from sklearn.linear_model import LassoCV, LinearRegression
from sklearn.feature_selection import SelectFromModel
from sklearn.pipeline import Pipeline
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

housing = fetch_california_housing(as_frame=True)
X, y = housing.data, housing.target
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)


# Degree-2 interactions give 44 candidate features; the Lasso keeps the useful ones.
# The whole chain is fitted on the training rows only.

pipe = Pipeline([
    ("poly", PolynomialFeatures(degree=2, include_bias=False)),
    ("scale", StandardScaler()),
    ("select", SelectFromModel(LassoCV(cv=5, random_state=42, n_alphas=50))),
    ("ols", LinearRegression()),
])
pipe.fit(X_train, y_train)

names = pipe.named_steps["poly"].get_feature_names_out(X.columns)
mask = pipe.named_steps["select"].get_support()
print(f"kept {mask.sum()} of {mask.size} features")
print(pd.Series(names[mask]).to_string(index=False))


# Evaluate once on the test split, next to a mean-predicting dummy.

pred = pipe.predict(X_test)
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)

print("Lasso-selected OLS  MAE=%.3f  R2=%.3f" % (mean_absolute_error(y_test, pred), r2_score(y_test, pred)))
print("Dummy (mean)        MAE=%.3f" % mean_absolute_error(y_test, dummy.predict(X_test)))
