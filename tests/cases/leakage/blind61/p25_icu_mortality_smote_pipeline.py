"""ICU in-hospital mortality - SMOTE + gradient boosting, evaluated with patient-grouped CV.

SMOTE sits inside an imblearn Pipeline so synthetic deaths are generated from the
training folds only; the held-out fold keeps its natural class balance.
"""
import numpy as np
import pandas as pd
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import GroupKFold, cross_validate

stays = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
chart = pd.read_csv("chartevents.csv")
labs = pd.read_csv("labs.csv")


def first_day(events, key):
    e = events[(events.hours_since_intime >= 0) & (events.hours_since_intime < 24)]
    p = e.pivot_table(index="stay_id", columns=key, values="value", aggfunc=["min", "max", "mean"])
    p.columns = [f"{n}_{a}" for a, n in p.columns]
    return p


vit = first_day(chart, "variable")
lab = first_day(labs, "lab_name")


def prep(df):
    df = df.join(vit, on="stay_id").join(lab, on="stay_id")
    df["male"] = (df.gender == "M").astype(int)
    df["emergency"] = (df.admission_type == "EMERGENCY").astype(int)
    df["surgical_unit"] = df.first_careunit.isin(["SICU", "CSRU", "TSICU"]).astype(int)
    return df


data = prep(stays)
test_f = prep(test)
feats = ["age", "male", "emergency", "surgical_unit"] + list(vit.columns) + list(lab.columns)
X, y, groups = data[feats], data.hospital_death, data.patient_id

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("smote", SMOTE(sampling_strategy=0.4, k_neighbors=5, random_state=0)),
    ("gb", GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                      subsample=0.8, random_state=0)),
])

scores = cross_validate(pipe, X, y, groups=groups, cv=GroupKFold(n_splits=5),
                        scoring=["roc_auc", "average_precision", "recall", "precision"])
for k in ["test_roc_auc", "test_average_precision", "test_recall", "test_precision"]:
    print(f"{k:24s} {scores[k].mean():.3f} +/- {scores[k].std():.3f}")

pipe.fit(X, y)
test_f["prediction"] = pipe.predict_proba(test_f.reindex(columns=feats))[:, 1]
test_f[["stay_id", "prediction"]].to_csv("predictions.csv", index=False)
