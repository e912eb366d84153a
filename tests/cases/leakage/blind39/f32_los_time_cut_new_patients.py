"""Hospital length-of-stay regression take-home.

Predict `length_of_stay_days` from what is known when the patient is admitted.
Preprocessing lives in a scikit-learn Pipeline fitted on the training part.
Evaluation: admissions on or after a cutoff date, from patients who have no
admission before it.
"""
import argparse
from functools import partial

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error
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


def holdout_mae(build, train, test, **params):
    cols = NUMERIC + CATEGORICAL
    model = build(**params).fit(train[cols], train[TARGET])
    return mean_absolute_error(test[TARGET], model.predict(test[cols]))


def future_new_patients(frame, cutoff):
    past = frame[frame["admit_date"] < cutoff]
    future = frame[frame["admit_date"] >= cutoff]
    return past, future[~future["patient_id"].isin(past["patient_id"])]


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--cutoff", default="2023-04-01")
    args = parser.parse_args(argv)

    adm = pd.read_csv(args.data, parse_dates=["admit_date"])
    train, test = future_new_patients(adm, pd.Timestamp(args.cutoff))
    params = {"dummy_mean": {}, "forest": {"n_estimators": 300, "min_samples_leaf": 5}}
    for name, build in ESTIMATORS.items():
        print(f"{name}: holdout MAE = {holdout_mae(build, train, test, **params[name]):.2f}")


if __name__ == "__main__":
    main()
