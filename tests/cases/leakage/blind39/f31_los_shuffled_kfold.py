"""Hospital length-of-stay regression take-home.

Predict `length_of_stay_days` from what is known when the patient is admitted.
Preprocessing lives in a scikit-learn Pipeline so that it is refitted inside
every cross-validation fold.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "length_of_stay_days"
NUMERIC = ["age", "n_diagnoses", "n_procedures", "prior_admissions", "hba1c", "creatinine"]
CATEGORICAL = ["admission_type", "ward", "sex"]


def preprocessor():
    return make_column_transformer(
        (SimpleImputer(strategy="median"), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    )


def with_prep(estimator_factory):
    return lambda **kw: make_pipeline(preprocessor(), estimator_factory(**kw))


ESTIMATORS = {
    "dummy_mean": with_prep(DummyRegressor),
    "forest": with_prep(partial(RandomForestRegressor, n_jobs=-1, random_state=0)),
}


def cv_mae(build, X, y, cv, **params):
    return -cross_val_score(build(**params), X, y, cv=cv, scoring="neg_mean_absolute_error").mean()


def make_cv(n_splits, seed):
    return KFold(n_splits=n_splits, shuffle=True, random_state=seed)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    adm = pd.read_csv(args.data, parse_dates=["admit_date"])
    X, y = adm[NUMERIC + CATEGORICAL], adm[TARGET]
    cv = make_cv(args.folds, args.seed)
    params = {"dummy_mean": {}, "forest": {"n_estimators": 300, "min_samples_leaf": 5}}
    for name, build in ESTIMATORS.items():
        print(f"{name}: CV MAE = {cv_mae(build, X, y, cv, **params[name]):.2f}")


if __name__ == "__main__":
    main()
