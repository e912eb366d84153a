#!/usr/bin/env python
# House prices - linear model attempt #3
# attempt 1: plain ridge on raw numbers
# attempt 2: log target
# attempt 3 (this one): log target + one-hot + keep only the best features

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
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

# too many one-hot columns, keep the 25 most related to price
selector = SelectKBest(f_regression, k=25)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=11)

scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

model = Ridge(alpha=3.0)
model.fit(X_train_s, y_train)
pred = model.predict(X_test_s)

rmse_log = mean_squared_error(y_test, pred) ** 0.5
rmse = mean_squared_error(np.expm1(y_test), np.expm1(pred)) ** 0.5
print("RMSE (log):", round(rmse_log, 4))
print("RMSE ($)  :", round(rmse, 0))
print("R2        :", round(r2_score(y_test, pred), 4))

coef = pd.Series(model.coef_, index=kept).sort_values()
print(coef.to_string())

# refit everything for the submission
X_all = scaler.fit_transform(X_sel)
model.fit(X_all, y)
test_sel = scaler.transform(selector.transform(test_df))
pd.DataFrame({"house_id": pd.read_csv("test.csv")["house_id"],
              "prediction": np.expm1(model.predict(test_sel))}).to_csv("predictions.csv", index=False)
