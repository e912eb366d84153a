"""Hospital length-of-stay take-home: patient-profile features + random forest.

Validation mirrors test.csv: the last quarter of admissions, patients unseen before it.
"""
import argparse
import json
from types import SimpleNamespace

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

CATS = ["sex", "admission_type", "primary_dx_group", "ward", "insurance"]


def load_task(path):
    with open(path) as f:
        return SimpleNamespace(**json.load(f))


def add_patient_profile(df, t):
    g = df.groupby(t.group_column)
    df = df.copy()
    df["pt_n_admissions"] = g[t.id_column].transform("count")
    df["pt_mean_comorbidity"] = g["comorbidity_score"].transform("mean")
    df["pt_max_procedures"] = g["n_procedures"].transform("max")
    df["pt_span_days"] = (g[t.time_column].transform("max") - g[t.time_column].transform("min")).dt.days
    return df


def design_matrix(df, t, columns=None):
    X = df.drop(columns=[t.target, t.id_column, t.group_column, t.time_column, *t.leaky_columns], errors="ignore")
    X = pd.get_dummies(X, columns=CATS, dtype=float).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def split_unseen(df, t, holdout_days):
    cut = df[t.time_column].max() - pd.Timedelta(days=holdout_days)
    before = df[df[t.time_column] <= cut]
    after = df[(df[t.time_column] > cut) & ~df[t.group_column].isin(before[t.group_column])]
    return before, after


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", default="task.json")
    ap.add_argument("--holdout-days", type=int, default=90)
    args = ap.parse_args()
    t = load_task(args.task)

    adm = pd.read_csv("train.csv", parse_dates=[t.time_column])
    new = pd.read_csv("test.csv", parse_dates=[t.time_column])
    print(adm.shape, new.shape)
    print(adm[t.target].describe())
    print(adm.groupby("admission_type")[t.target].median())

    adm = add_patient_profile(adm, t)
    new = add_patient_profile(new, t)

    before, after = split_unseen(adm, t, args.holdout_days)
    print(f"train part {len(before)}, validation {len(after)} ({after[t.group_column].nunique()} patients)")
    X_b = design_matrix(before, t)
    X_a = design_matrix(after, t, X_b.columns)

    # baseline: median LOS of the admission type in the train part
    by_type = before.groupby("admission_type")[t.target].median()
    base = after["admission_type"].map(by_type).fillna(before[t.target].median())

    rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=5, max_features=0.5, n_jobs=-1, random_state=4)
    rf.fit(X_b, before[t.target])
    pred = rf.predict(X_a)
    mae = mean_absolute_error(after[t.target], pred)
    print(f"MAE model {mae:.3f} | baseline {mean_absolute_error(after[t.target], base):.3f} | "
          f"MedAE {median_absolute_error(after[t.target], pred):.3f}")
    print(pd.Series(rf.feature_importances_, index=X_b.columns).nlargest(10))

    X_all = design_matrix(adm, t)
    rf.fit(X_all, adm[t.target])
    out = pd.DataFrame({t.id_column: new[t.id_column],
                        "prediction": np.clip(rf.predict(design_matrix(new, t, X_all.columns)), 0, None)})
    out.to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"mean_absolute_error": round(mae, 3)}, f)


if __name__ == "__main__":
    main()
