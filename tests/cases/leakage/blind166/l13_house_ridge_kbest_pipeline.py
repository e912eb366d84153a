#!/usr/bin/env python
# House prices - linear model attempt #3
# attempt 1: plain ridge on raw numbers
# attempt 2: log target
# attempt 3 (this one): log target + one-hot + keep only the best features,
#   selection + scaling inside a pipeline so they only ever see the training rows

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split, cross_val_score, KFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

print(df.shape)
print(df.describe().T[["mean", "std", "min", "max"]])

# constant fills only
df["lot_frontage"] = df["lot_frontage"].fillna(0)
df["garage_cars"] = df["garage_cars"].fillna(0)
df["condition"] = df["condition"].fillna("unknown")
test_df["lot_frontage"] = test_df["lot_frontage"].fillna(0)
test_df["garage_cars"] = test_df["garage_cars"].fillna(0)
test_df["condition"] = test_df["condition"].fillna("unknown")

for d in (df, test_df):
    d["age"] = 2024 - d["year_built"]
    d["log_lot"] = np.log1p(d["lot_area"])
    d["log_living"] = np.log1p(d["living_area"])
    d["rooms"] = d["bedrooms"] + d["bathrooms"]

df = pd.get_dummies(df, columns=["neighborhood", "condition"], dtype=float)
test_df = pd.get_dummies(test_df, columns=["neighborhood", "condition"], dtype=float)

X = df.drop(columns=["house_id", "sale_price"])
y = np.log1p(df["sale_price"])
test_df = test_df.reindex(columns=X.columns, fill_value=0.0)
print("n features before selection:", X.shape[1])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=11)

pipe = Pipeline([
    ("select", SelectKBest(f_regression, k=25)),
    ("scale", StandardScaler()),
    ("ridge", Ridge(alpha=3.0)),
])

cv = KFold(n_splits=5, shuffle=True, random_state=11)
cv_rmse = -cross_val_score(pipe, X_train, y_train, cv=cv, scoring="neg_root_mean_squared_error")
print("CV RMSE (log) on train part:", cv_rmse.round(4), cv_rmse.mean().round(4))

baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
print("baseline RMSE ($):", round(mean_squared_error(np.expm1(y_test), np.expm1(baseline.predict(X_test))) ** 0.5, 0))

pipe.fit(X_train, y_train)
pred = pipe.predict(X_test)
rmse_log = mean_squared_error(y_test, pred) ** 0.5
rmse = mean_squared_error(np.expm1(y_test), np.expm1(pred)) ** 0.5
print("RMSE (log):", round(rmse_log, 4))
print("RMSE ($)  :", round(rmse, 0))
print("R2        :", round(r2_score(y_test, pred), 4))

kept = X.columns[pipe.named_steps["select"].get_support()]
coef = pd.Series(pipe.named_steps["ridge"].coef_, index=kept).sort_values()
print(coef.to_string())

# refit everything for the submission
pipe.fit(X, y)
pd.DataFrame({"house_id": pd.read_csv("test.csv")["house_id"],
              "prediction": np.expm1(pipe.predict(test_df))}).to_csv("predictions.csv", index=False)
