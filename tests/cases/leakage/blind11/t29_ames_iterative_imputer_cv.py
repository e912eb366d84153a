# Ames housing - IterativeImputer + gradient boosting, everything inside one pipeline
# so that cross_validate refits the imputer/encoder on each training fold.
import numpy as np
import pandas as pd
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer, SimpleImputer
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, cross_validate

ames = pd.read_csv("ames.csv")
print(ames.shape)

y = ames["SalePrice"]
X = ames.drop(columns=["SalePrice", "Order", "PID"])

num_cols = X.select_dtypes(include="number").columns.tolist()
cat_cols = X.select_dtypes(exclude="number").columns.tolist()
print(len(num_cols), "numeric,", len(cat_cols), "categorical")

missing = X.isna().mean()
print(missing[missing > 0.05].sort_values(ascending=False))

pre = ColumnTransformer([
    ("num", IterativeImputer(max_iter=10, random_state=0), num_cols),
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="most_frequent")),
        ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False)),
    ]), cat_cols),
])

model = TransformedTargetRegressor(
    regressor=Pipeline([("pre", pre), ("hgb", HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05))]),
    func=np.log1p, inverse_func=np.expm1,
)

cv = KFold(n_splits=5, shuffle=True, random_state=0)
scoring = {"rmse": "neg_root_mean_squared_error", "mae": "neg_mean_absolute_error", "r2": "r2"}

res = cross_validate(model, X, y, cv=cv, scoring=scoring, n_jobs=-1)
base = cross_validate(DummyRegressor(strategy="median"), X, y, cv=cv, scoring=scoring)

for k in scoring:
    m = res["test_" + k]
    b = base["test_" + k]
    if k != "r2":
        m, b = -m, -b
    print(f"{k:5s} model {m.mean():12.3f} (+/- {m.std():.3f})   median baseline {b.mean():12.3f}")
