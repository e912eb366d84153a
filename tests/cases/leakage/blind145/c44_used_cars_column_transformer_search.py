"""Playground S4E9 - used car prices.

sklearn end to end: every learned preprocessing step lives in one Pipeline, the
hyper-parameters are searched with CV on the training part, and the holdout is
scored once at the end next to a DummyRegressor.
"""
import re

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

train = pd.read_csv("/kaggle/input/playground-series-s4e9/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e9/test.csv")
n = len(train)
full = pd.concat([train.drop(columns="price"), test], ignore_index=True)

# row-wise parsing only on the combined frame
full["hp"] = full["engine"].str.extract(r"([\d.]+)HP", expand=False).astype(float)
full["litres"] = full["engine"].str.extract(r"([\d.]+)L", expand=False).astype(float)
full["age"] = 2024 - full["model_year"]
full["log_milage"] = np.log1p(full["milage"])
full["miles_per_year"] = full["milage"] / full["age"].clip(lower=1)
full["accident"] = (full["accident"] == "At least 1 accident or damage reported").astype(int)
full["clean_title"] = (full["clean_title"] == "Yes").astype(int)

cat_cols = ["brand", "model", "fuel_type", "transmission", "ext_col", "int_col"]
num_cols = ["model_year", "milage", "hp", "litres", "age", "log_milage", "miles_per_year",
            "accident", "clean_title"]

X_all = full.iloc[:n][cat_cols + num_cols]
X_sub = full.iloc[n:][cat_cols + num_cols]
y_all = np.log1p(train["price"].values)

X_tr, X_ho, y_tr, y_ho = train_test_split(X_all, y_all, test_size=0.2, random_state=11)

pre = ColumnTransformer([
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="constant", fill_value="missing")),
        ("enc", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                               encoded_missing_value=-1, min_frequency=20)),
    ]), cat_cols),
    ("num", SimpleImputer(strategy="median"), num_cols),
])
pipe = Pipeline([
    ("pre", pre),
    ("hgb", HistGradientBoostingRegressor(categorical_features=list(range(len(cat_cols))),
                                          random_state=11)),
])
grid = {
    "hgb__learning_rate": [0.03, 0.06],
    "hgb__max_leaf_nodes": [31, 63],
    "hgb__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(pipe, grid, cv=KFold(5, shuffle=True, random_state=11),
                      scoring="neg_root_mean_squared_error", n_jobs=-1)
search.fit(X_tr, y_tr)
print("best params:", search.best_params_)
print(f"CV RMSE (log price): {-search.best_score_:.4f}")

ho_rmse = np.sqrt(mean_squared_error(y_ho, search.predict(X_ho)))
dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
dummy_rmse = np.sqrt(mean_squared_error(y_ho, dummy.predict(X_ho)))
print(f"holdout RMSE (log price): model {ho_rmse:.4f} | median dummy {dummy_rmse:.4f}")

final = search.best_estimator_.fit(X_all, y_all)
pd.DataFrame({"id": test["id"], "price": np.expm1(final.predict(X_sub))}).to_csv(
    "submission.csv", index=False
)
