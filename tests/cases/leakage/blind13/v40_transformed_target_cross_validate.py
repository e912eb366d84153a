"""Medical insurance charges - log-target ridge / GBM with TransformedTargetRegressor."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor, make_column_selector
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, PolynomialFeatures, StandardScaler

ins = pd.read_csv("insurance.csv")
print(ins.describe(include="all").T)

ins["bmi_over_30"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_x_bmi30"] = (ins["smoker"] == "yes").astype(int) * ins["bmi_over_30"]

X = ins.drop(columns=["charges"])
y = ins["charges"]

pre = ColumnTransformer([
    ("num", make_pipeline(StandardScaler(), PolynomialFeatures(2, include_bias=False)),
     make_column_selector(dtype_include=np.number)),
    ("cat", OneHotEncoder(drop="if_binary"), make_column_selector(dtype_include=object)),
])

models = {
    "ridge_log": TransformedTargetRegressor(
        regressor=make_pipeline(pre, RidgeCV(alphas=np.logspace(-3, 3, 30))),
        func=np.log1p, inverse_func=np.expm1),
    "hgb_log": TransformedTargetRegressor(
        regressor=HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05,
                                                categorical_features="from_dtype", random_state=0),
        func=np.log1p, inverse_func=np.expm1),
    "dummy_median": DummyRegressor(strategy="median"),
}

X_cat = X.copy()
for c in X_cat.select_dtypes(object):
    X_cat[c] = X_cat[c].astype("category")

cv = KFold(n_splits=10, shuffle=True, random_state=0)
summary = {}
for name, est in models.items():
    data = X_cat if name == "hgb_log" else X
    res = cross_validate(est, data, y, cv=cv, return_estimator=True,
                         scoring=("neg_mean_absolute_error", "r2"))
    summary[name] = {"MAE": -res["test_neg_mean_absolute_error"].mean(), "R2": res["test_r2"].mean()}
    if name == "ridge_log":
        alphas = [e.regressor_[-1].alpha_ for e in res["estimator"]]
        print("ridge alpha per fold:", np.round(alphas, 3))

print(pd.DataFrame(summary).T.round(3))
