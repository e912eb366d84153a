"""30-day readmission model on the UCI 'Diabetes 130-US hospitals' data.

diabetic_data.csv: one row per encounter (encounter_id), patients (patient_nbr)
can have many encounters. Target: readmitted == '<30'.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import GroupShuffleSplit

NUM_COLS = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
            "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses"]
CAT_COLS = ["race", "gender", "age", "admission_type_id", "discharge_disposition_id",
            "admission_source_id", "A1Cresult", "max_glu_serum", "insulin", "change", "diabetesMed"]


def load():
    df = pd.read_csv("diabetic_data.csv", na_values="?")
    # drop hospice / expired discharges: they cannot be readmitted
    df = df[~df["discharge_disposition_id"].isin([11, 13, 14, 19, 20, 21])]
    df["target"] = (df["readmitted"] == "<30").astype(int)
    return df


def encode(df):
    X = df[NUM_COLS + CAT_COLS].copy()
    X[CAT_COLS] = X[CAT_COLS].astype(str).fillna("missing")
    X = pd.get_dummies(X, columns=CAT_COLS, dummy_na=False)
    return X


def main():
    df = load()
    visits = df.groupby("patient_nbr")["encounter_id"].count()
    print("patients:", len(visits), "encounters:", len(df))
    print("encounters per patient:\n", visits.describe())
    print("readmission rate:", round(df["target"].mean(), 3))

    X = encode(df)
    y = df["target"]
    # all encounters of a patient go to the same side
    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=17)
    train_idx, test_idx = next(gss.split(X, y, groups=df["patient_nbr"]))
    X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
    y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]

    base = DummyClassifier(strategy="prior").fit(X_train, y_train)
    print("baseline AP:", round(average_precision_score(y_test, base.predict_proba(X_test)[:, 1]), 4))

    clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05,
                                         max_leaf_nodes=31, random_state=17)
    clf.fit(X_train, y_train)
    p = clf.predict_proba(X_test)[:, 1]
    print("HGB AUC:", round(roc_auc_score(y_test, p), 4))
    print("HGB AP :", round(average_precision_score(y_test, p), 4))


if __name__ == "__main__":
    main()
