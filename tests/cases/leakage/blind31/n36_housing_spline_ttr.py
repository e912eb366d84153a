"""House-price regression (California housing) -- splines + ridge, log target.

Everything that learns from data is inside one pipeline evaluated with 5-fold CV;
a hold-out split gives the final number.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.datasets import fetch_california_housing
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GridSearchCV, KFold, cross_validate, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, SplineTransformer, StandardScaler

housing = fetch_california_housing(as_frame=True)
X, y = housing.data, housing.target
X = X.assign(rooms_per_person=X["AveRooms"] / X["AveOccup"].clip(lower=0.5))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

spline_cols = ["MedInc", "HouseAge", "Latitude", "Longitude"]
log_cols = ["Population", "AveOccup", "AveRooms", "AveBedrms", "rooms_per_person"]

features = ColumnTransformer([
    ("spl", SplineTransformer(n_knots=7, degree=3, knots="quantile", extrapolation="linear"), spline_cols),
    ("log", make_pipeline(FunctionTransformer(np.log1p), StandardScaler()), log_cols),
])

model = TransformedTargetRegressor(
    regressor=make_pipeline(features, Ridge()),
    func=np.log, inverse_func=np.exp,
)

search = GridSearchCV(
    model,
    {"regressor__ridge__alpha": np.logspace(-3, 2, 11),
     "regressor__columntransformer__spl__n_knots": [5, 7, 10]},
    cv=KFold(5, shuffle=True, random_state=0),
    scoring="neg_mean_absolute_error",
    n_jobs=-1,
)
search.fit(X_train, y_train)
print("best params:", search.best_params_, "CV MAE:", -search.best_score_)

cv_base = cross_validate(DummyRegressor(), X_train, y_train, cv=KFold(5, shuffle=True, random_state=0),
                         scoring="neg_mean_absolute_error")
print("baseline CV MAE:", -cv_base["test_score"].mean())

pred = search.predict(X_test)
print(f"hold-out MAE {mean_absolute_error(y_test, pred):.4f}  R2 {r2_score(y_test, pred):.4f}")

res = pd.DataFrame({"lat": X_test["Latitude"], "err": np.abs(pred - y_test)})
print(res.groupby(pd.cut(res["lat"], 6), observed=True)["err"].mean())
