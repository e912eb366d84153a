#!/usr/bin/env python
"""Readmission risk model (30 days) - random forest on encounter + claims-style features.

Run from the bundle folder: python solution.py
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

RNG = 42


def load():
    enc = pd.read_csv("train.csv", parse_dates=["admit_time", "discharge_time"])
    test = pd.read_csv("test.csv", parse_dates=["admit_time", "discharge_time"])
    patients = pd.read_csv("patients.csv")
    dx = pd.read_csv("diagnoses.csv")
    return enc, test, patients, dx


def comorbidity_counts(dx):
    # Elixhauser-like groups on ICD-10 prefixes
    groups = {"chf": "I50", "arrhythmia": "I4", "htn": "I1", "copd": "J4", "dm": "E1",
              "renal": "N18", "liver": "K7", "cancer": "C", "depression": "F3", "obesity": "E66"}
    out = pd.DataFrame(index=dx["encounter_id"].unique())
    for name, pref in groups.items():
        hit = dx.loc[dx["icd10_code"].str.startswith(pref), "encounter_id"].unique()
        out[name] = out.index.isin(hit).astype(int)
    out["n_comorb"] = out.sum(axis=1)
    out["n_codes"] = dx.groupby("encounter_id").size()
    return out


def engineer(df, patients, comorb):
    df = df.merge(patients, on="patient_id", how="left")
    df = df.merge(comorb, left_on="encounter_id", right_index=True, how="left")
    df = df.sort_values(["patient_id", "admit_time"])
    df["prior_admits"] = df.groupby("patient_id").cumcount()
    df["days_since_prev"] = (df["admit_time"] - df.groupby("patient_id")["discharge_time"].shift()).dt.days
    df["los"] = (df["discharge_time"] - df["admit_time"]).dt.days
    df["emergency"] = (df["admission_type"] == "EMERGENCY").astype(int)
    df["female"] = (df["sex"] == "F").astype(int)
    df["medicaid"] = (df["insurance"] == "Medicaid").astype(int)
    return df


def main():
    enc, test, patients, dx = load()
    comorb = comorbidity_counts(dx)
    train = engineer(enc, patients, comorb)
    test = engineer(test, patients, comorb)

    drop = ["readmit_30d", "days_to_readmit", "encounter_id", "patient_id"]
    X_cols = [c for c in train.select_dtypes(include="number").columns if c not in drop]
    print("features:", X_cols)

    cut = train["discharge_time"].quantile(0.75)
    tr = train[train["discharge_time"] < cut]
    ev = train[(train["discharge_time"] >= cut) & ~train["patient_id"].isin(tr["patient_id"])]
    print(f"train {len(tr)}  eval {len(ev)} (new patients after {cut.date()})")

    model = make_pipeline(SimpleImputer(strategy="median"),
                          RandomForestClassifier(n_estimators=500, min_samples_leaf=10,
                                                 class_weight="balanced_subsample",
                                                 n_jobs=-1, random_state=RNG))
    model.fit(tr[X_cols], tr["readmit_30d"])
    p = model.predict_proba(ev[X_cols])[:, 1]
    yhat = (p >= 0.5).astype(int)
    print("ROC-AUC  ", round(roc_auc_score(ev["readmit_30d"], p), 4))
    print("PR-AUC   ", round(average_precision_score(ev["readmit_30d"], p), 4))
    print("precision", round(precision_score(ev["readmit_30d"], yhat), 3),
          "recall", round(recall_score(ev["readmit_30d"], yhat), 3))

    imp = pd.Series(model[-1].feature_importances_, index=X_cols).sort_values(ascending=False)
    print(imp.head(10))

    model.fit(train[X_cols], train["readmit_30d"])
    pd.DataFrame({"encounter_id": test["encounter_id"],
                  "prediction": model.predict_proba(test[X_cols])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
