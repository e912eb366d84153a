"""Monthly rent model, validated with GroupKFold over buildings.

Usage: python y45_rent_groupkfold_cv.py
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["sqft", "bedrooms", "bathrooms", "floor", "has_doorman", "has_elevator", "has_laundry",
       "building_age", "distance_to_transit_km"]
CAT = ["neighbourhood"]


def main():
    units = pd.read_csv("train.csv")
    # rent scales roughly with log size; fit on log rent
    units["log_sqft"] = np.log(units["sqft"])
    num = NUM + ["log_sqft"]
    X = units[num + CAT]
    y = np.log(units["monthly_rent"])
    groups = units["building_id"]

    ridge = make_pipeline(
        make_column_transformer(
            (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
            (OneHotEncoder(handle_unknown="ignore"), CAT),
        ),
        RidgeCV(alphas=np.logspace(-2, 3, 11)),
    )
    cv = GroupKFold(n_splits=5)
    scoring = {"mae": "neg_mean_absolute_error", "r2": "r2"}
    for name, est in [("mean baseline", DummyRegressor()), ("ridge", ridge)]:
        res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
        print(f"{name:14s} log-MAE {-res['test_mae'].mean():.4f}  R2 {res['test_r2'].mean():.3f}")

    ridge.fit(X, y)
    test = pd.read_csv("test.csv")
    test["log_sqft"] = np.log(test["sqft"])
    pd.DataFrame({"unit_id": test["unit_id"], "prediction": np.exp(ridge.predict(test[num + CAT]))}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
