#!/usr/bin/env python
"""Readmission within 30 days -- take-home.

Run: python solution.py   (expects train.csv / test.csv in cwd)
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")
SEED = 2024

TARGET = "readmitted_30d"
NUMERIC = [
    "length_of_stay", "num_lab_procedures", "num_procedures", "num_medications",
    "num_prior_outpatient", "num_prior_emergency", "num_prior_inpatient", "num_diagnoses",
]
CATEGORICAL = ["age", "gender", "race", "admission_type", "admission_source",
               "discharge_disposition", "hba1c_result", "insulin", "diabetes_med"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for frame in (train, test):
        frame["race"] = frame["race"].replace("?", np.nan)
        frame["diag_group"] = frame["primary_diagnosis"].astype(str).str[:3]
    return train, test


def make_preprocessor():
    num = Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())])
    cat = Pipeline([
        ("impute", SimpleImputer(strategy="constant", fill_value="missing")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=30)),
    ])
    return ColumnTransformer([("num", num, NUMERIC), ("cat", cat, CATEGORICAL + ["diag_group"])])


def evaluate(name, pipe, X_tr, y_tr, X_te, y_te):
    pipe.fit(X_tr, y_tr)
    p = pipe.predict_proba(X_te)[:, 1]
    return {"model": name, "roc_auc": roc_auc_score(y_te, p), "pr_auc": average_precision_score(y_te, p)}


train, test = load()
print(train.shape, "readmit rate", round(train[TARGET].mean(), 4))
print(train.groupby("patient_id").size().describe())
print(train.groupby("age")[TARGET].mean())

features = NUMERIC + CATEGORICAL + ["diag_group"]
X = train[features]
y = train[TARGET]

# first try: quick look on a 75/25 split, patients kept on one side
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=SEED)
tr_idx, te_idx = next(splitter.split(X, y, groups=train["patient_id"]))
X_train, X_test, y_train, y_test = X.iloc[tr_idx], X.iloc[te_idx], y.iloc[tr_idx], y.iloc[te_idx]
print("train", X_train.shape, "test", X_test.shape)

results = []
results.append(evaluate("baseline: prior", Pipeline([("pre", make_preprocessor()),
                                                     ("clf", DummyClassifier(strategy="prior"))]),
                        X_train, y_train, X_test, y_test))
results.append(evaluate("logreg C=1", Pipeline([("pre", make_preprocessor()),
                                                ("clf", LogisticRegression(max_iter=2000))]),
                        X_train, y_train, X_test, y_test))
results.append(evaluate("logreg C=0.1 balanced", Pipeline([("pre", make_preprocessor()),
                                                           ("clf", LogisticRegression(C=0.1, class_weight="balanced", max_iter=2000))]),
                        X_train, y_train, X_test, y_test))

# second try: forest
rf = Pipeline([
    ("pre", make_preprocessor()),
    ("clf", RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features="sqrt",
                                   class_weight="balanced_subsample", n_jobs=-1, random_state=SEED)),
])
results.append(evaluate("random forest", rf, X_train, y_train, X_test, y_test))

res = pd.DataFrame(results).set_index("model").round(4)
print(res)

# what drives the forest
ohe_names = rf.named_steps["pre"].get_feature_names_out()
imp = pd.Series(rf.named_steps["clf"].feature_importances_, index=ohe_names).sort_values(ascending=False)
print(imp.head(15))

# calibration check by decile
p_rf = rf.predict_proba(X_test)[:, 1]
dec = pd.qcut(p_rf, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"pred": p_rf, "obs": y_test.values, "decile": dec}).groupby("decile")[["pred", "obs"]].mean())

# final: forest on all rows, predict test
rf.fit(X, y)
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": rf.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
