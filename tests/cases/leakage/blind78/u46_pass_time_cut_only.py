"""Pass/fail at week 8: train on earlier presentations, validate on the latest one.

This mirrors deployment: a model trained on past cohorts is applied to the
next presentation of each module.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, balanced_accuracy_score

NUM = ["num_of_prev_attempts", "studied_credits", "clicks_wk1_8", "active_days_wk1_8",
       "assessments_submitted_wk8", "mean_score_wk8", "date_registration"]
CAT = ["code_module", "gender", "region", "highest_education", "imd_band", "age_band", "disability"]


def load(path):
    d = pd.read_csv(path, parse_dates=["presentation_start"])
    d["mean_score_wk8"] = d["mean_score_wk8"].fillna(0)       # nothing submitted yet
    d["imd_band"] = d["imd_band"].fillna("unknown")
    return d


def pipeline():
    pre = ColumnTransformer([("oh", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")
    return Pipeline([("pre", pre),
                     ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=5,
                                                   n_jobs=-1, random_state=7))])


def evaluate(name, y_true, p):
    print(f"{name:<10} AUC {roc_auc_score(y_true, p):.3f}  F1 {f1_score(y_true, p >= 0.5):.3f}  "
          f"bal.acc {balanced_accuracy_score(y_true, p >= 0.5):.3f}")


if __name__ == "__main__":
    reg = load("train.csv")
    last_start = reg["presentation_start"].max()
    past = reg[reg["presentation_start"] < last_start]
    latest = reg[reg["presentation_start"] == last_start]
    print(f"train: {len(past)} registrations before {last_start.date()}, validate: {len(latest)}")

    model = pipeline().fit(past[NUM + CAT], past["passed"])
    base = DummyClassifier(strategy="prior").fit(past[NUM + CAT], past["passed"])
    evaluate("prior", latest["passed"], base.predict_proba(latest[NUM + CAT])[:, 1])
    evaluate("rf", latest["passed"], model.predict_proba(latest[NUM + CAT])[:, 1])

    model = pipeline().fit(reg[NUM + CAT], reg["passed"])
    test = load("test.csv")
    pd.DataFrame({"registration_id": test["registration_id"],
                  "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
