"""Hospital length-of-stay take-home: predict `length_of_stay_days` at admission.

Lab values are often missing on an admission; I fill them from the same
patient's other admissions. Evaluation: admissions after a cutoff date, for
patients with no admission before the cutoff.
"""
import argparse
from functools import partial, reduce

import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "length_of_stay_days"
LABS = ["hba1c", "creatinine"]
FEATURES = ["age", "n_diagnoses", "n_procedures", "prior_admissions"] + LABS


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)


def load(path):
    return pd.read_csv(path, parse_dates=["admit_date"])


def chronological(frame):
    return frame.sort_values(["patient_id", "admit_date"])


def fill_labs_within_patient(frame, labs=LABS):
    filled = frame.groupby("patient_id")[labs].bfill()
    return frame.assign(**{lab: filled[lab] for lab in labs})


def split_new_patients_after(cutoff):
    def split(frame):
        before = frame[frame["admit_date"] < cutoff]
        after = frame[frame["admit_date"] >= cutoff]
        return before, after[~after["patient_id"].isin(before["patient_id"].unique())]
    return split


def fit_score(models, parts):
    train, test = parts
    out = {}
    for name, make in models.items():
        model = make().fit(train[FEATURES], train[TARGET])
        out[name] = mean_absolute_error(test[TARGET], model.predict(test[FEATURES]))
    return out


MODELS = {
    "dummy_median": partial(DummyRegressor, strategy="median"),
    "hgb": partial(HistGradientBoostingRegressor, max_iter=400, learning_rate=0.05),
}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="train.csv")
    parser.add_argument("--cutoff", default="2023-06-01")
    args = parser.parse_args(argv)
    split = split_new_patients_after(pd.Timestamp(args.cutoff))
    scores = pipe(args.data, load, chronological, fill_labs_within_patient, split, partial(fit_score, MODELS))
    for name, mae in scores.items():
        print(f"{name}: MAE {mae:.2f} days")


if __name__ == "__main__":
    main()
