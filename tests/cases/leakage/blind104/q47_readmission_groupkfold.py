"""train.py - 30-day readmission, patient-grouped cross-validation.

All encounters of a patient fall in the same fold (GroupKFold on patient_id).
Post-discharge fields and the encounter id are excluded from the features.
"""
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "readmit_30d"
GROUP = "patient_id"
EXCLUDE = ["encounter_id", "days_to_readmit", "post_discharge_er_visits", "discharge_note",
           "admit_date", "discharge_date"]
NUM = ["age", "los_days", "n_meds", "n_diagnoses", "hba1c", "creatinine"]
CAT = ["sex", "primary_dx_group", "discharge_disposition", "insurance"]


def get_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default="reports/cv.json")
    return ap.parse_args()


def model():
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ])
    return Pipeline([("pre", pre), ("hgb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05))])


def main():
    args = get_args()
    df = pd.read_csv(args.data).drop(columns=EXCLUDE)
    X = df[NUM + CAT]
    y = df[TARGET]
    groups = df[GROUP]

    cv = GroupKFold(n_splits=args.folds)
    scoring = ["roc_auc", "average_precision", "accuracy"]
    report = {}
    for name, est in {"baseline_prior": DummyClassifier(strategy="prior"), "hgb": model()}.items():
        res = cross_validate(est, X, y, groups=groups, cv=cv, scoring=scoring)
        report[name] = {s: float(np.mean(res[f"test_{s}"])) for s in scoring}
        print(name, report[name])

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
