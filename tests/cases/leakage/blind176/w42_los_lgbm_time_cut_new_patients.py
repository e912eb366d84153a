"""Hospital length of stay (days) - LightGBM on log(1 + LOS).

Inputs : admissions_train.csv, admissions_test.csv
Output : predictions.csv  (admission_id, prediction)

Validation is forward in time: fit on admissions before 2023-01-01, evaluate on
admissions from 2023-01-01 on, of patients with no admission in the fit period
(otherwise a readmitted patient's earlier stays would be in training).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "length_of_stay_days"
ID = "admission_id"
CUTOFF = pd.Timestamp("2023-01-01")
CATS = ["sex", "admission_type", "admit_source", "primary_dx_group", "insurance", "ward"]
NUMS = ["age", "charlson_index", "n_chronic_conditions", "bmi", "prior_admissions",
        "days_since_prev_admit", "admit_dow", "admit_month", "weekend_admit", "elderly"]


def load():
    tr = pd.read_csv("admissions_train.csv", parse_dates=["admit_date"])
    te = pd.read_csv("admissions_test.csv", parse_dates=["admit_date"])
    return tr, te


def add_history(df):
    """Per patient: how many admissions before this one, days since the previous one.
    Only earlier admissions are used (cumcount / diff on date-sorted rows)."""
    df = df.sort_values(["patient_id", "admit_date"]).copy()
    g = df.groupby("patient_id")
    df["prior_admissions"] = g.cumcount()
    df["days_since_prev_admit"] = g["admit_date"].diff().dt.days
    return df


def add_calendar(df):
    df["admit_dow"] = df["admit_date"].dt.dayofweek
    df["admit_month"] = df["admit_date"].dt.month
    df["weekend_admit"] = (df["admit_dow"] >= 5).astype(int)
    df["elderly"] = (df["age"] >= 75).astype(int)
    return df


def matrix(df, levels):
    X = df[CATS + NUMS].copy()
    for c in CATS:
        X[c] = pd.Categorical(X[c], categories=levels[c])
    return X


def fit(X, y):
    model = lgb.LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31,
                              min_child_samples=30, subsample=0.8, subsample_freq=1,
                              colsample_bytree=0.8, reg_lambda=1.0, verbose=-1)
    return model.fit(X, np.log1p(y))


def report(name, y, p):
    rmse = mean_squared_error(y, p) ** 0.5
    print(f"{name:18s} MAE {mean_absolute_error(y, p):5.2f} d   RMSE {rmse:5.2f} d")


def main():
    train, test = load()
    both = pd.concat([train.assign(_test=0), test.assign(_test=1)], ignore_index=True)
    both = add_calendar(add_history(both))
    train = both[both["_test"] == 0].copy()
    test = both[both["_test"] == 1].copy()

    fit_part = train[train["admit_date"] < CUTOFF]
    eval_part = train[train["admit_date"] >= CUTOFF]
    eval_part = eval_part[~eval_part["patient_id"].isin(set(fit_part["patient_id"]))]
    print(f"fit {len(fit_part)} admissions, eval {len(eval_part)} admissions")

    levels = {c: sorted(fit_part[c].dropna().unique()) for c in CATS}
    model = fit(matrix(fit_part, levels), fit_part[TARGET])
    pred = np.expm1(model.predict(matrix(eval_part, levels)))

    median = DummyRegressor(strategy="median").fit(fit_part[NUMS], fit_part[TARGET])
    report("median baseline", eval_part[TARGET], median.predict(eval_part[NUMS]))
    report("lightgbm", eval_part[TARGET], pred)

    by_type = eval_part.assign(err=np.abs(eval_part[TARGET] - pred)).groupby("admission_type")["err"].mean()
    print(by_type.round(2))

    levels = {c: sorted(train[c].dropna().unique()) for c in CATS}
    final = fit(matrix(train, levels), train[TARGET])
    test["prediction"] = np.expm1(final.predict(matrix(test, levels))).clip(min=0)
    test[[ID, "prediction"]].to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
