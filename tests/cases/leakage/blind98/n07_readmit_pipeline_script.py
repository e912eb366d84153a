"""Readmission within 30 days - final training script.

Usage: python n07_readmit_pipeline_script.py   (expects train.csv / test.csv in the cwd)

Validation: last 20% of discharge dates, restricted to patients who never appear in the
earlier period. Preprocessing lives in a Pipeline so it is fitted on the training rows only.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "readmitted_30d"
TIME = "discharge_date"
PATIENT = "patient_id"
LEAKY = ["days_to_next_admission", "discharge_followup_outcome"]
CATEGORICAL = ["sex", "race", "admission_type", "admission_source", "primary_diagnosis",
               "insurance", "discharge_disposition"]
NUMERIC = ["age", "length_of_stay", "num_procedures", "num_medications", "num_lab_tests",
           "num_diagnoses", "prior_inpatient_12m", "prior_er_12m", "hba1c", "creatinine", "bmi",
           "prev_los", "days_since_prev_discharge", "n_previous_encounters", "weekend_discharge"]


def load(path):
    d = pd.read_csv(path, parse_dates=["admit_date", TIME])
    return d.drop(columns=[c for c in LEAKY if c in d.columns])


def history_features(d):
    """Per-patient features that only look at that patient's earlier encounters."""
    d = d.sort_values([PATIENT, "admit_date"]).copy()
    g = d.groupby(PATIENT)
    d["prev_los"] = g["length_of_stay"].shift(1)
    d["days_since_prev_discharge"] = (d["admit_date"] - g[TIME].shift(1)).dt.days
    d["n_previous_encounters"] = g.cumcount()
    d["weekend_discharge"] = (d[TIME].dt.dayofweek >= 5).astype(int)
    return d.sort_index()


def make_model(estimator):
    pre = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), NUMERIC),
        ("cat", Pipeline([("impute", SimpleImputer(strategy="constant", fill_value="missing")),
                          ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20))]), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", estimator)])


def time_split_new_patients(d, frac=0.8):
    cut = d[TIME].quantile(frac)
    train = d[d[TIME] < cut]
    evaluation = d[d[TIME] >= cut]
    evaluation = evaluation[~evaluation[PATIENT].isin(train[PATIENT].unique())]
    return train, evaluation


def report(name, y_true, p):
    print(f"{name:<22s} AUC={roc_auc_score(y_true, p):.4f}  AP={average_precision_score(y_true, p):.4f}")


def main():
    df = history_features(load("train.csv"))
    print("rows", len(df), "positive rate", round(df[TARGET].mean(), 4))

    train, evaluation = time_split_new_patients(df)
    print("train", len(train), "| evaluation (new patients, later dates)", len(evaluation))

    X_tr, y_tr = train[NUMERIC + CATEGORICAL], train[TARGET]
    X_ev, y_ev = evaluation[NUMERIC + CATEGORICAL], evaluation[TARGET]

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    report("baseline (prior)", y_ev, baseline.predict_proba(X_ev)[:, 1])

    model = make_model(LogisticRegression(C=0.3, max_iter=5000, class_weight="balanced"))
    model.fit(X_tr, y_tr)
    report("logistic regression", y_ev, model.predict_proba(X_ev)[:, 1])

    # final fit on everything, predict test.csv
    model.fit(df[NUMERIC + CATEGORICAL], df[TARGET])
    test = load("test.csv")
    both = pd.concat([df.drop(columns=[TARGET]), test], keys=["train", "test"])
    both = history_features(both.reset_index(level=0).rename(columns={"level_0": "part"}).reset_index(drop=True))
    test_f = both[both["part"] == "test"]
    out = pd.DataFrame({"encounter_id": test_f["encounter_id"].values,
                        "prediction": model.predict_proba(test_f[NUMERIC + CATEGORICAL])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print(out["prediction"].describe())


if __name__ == "__main__":
    main()
