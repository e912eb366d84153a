"""
Readmission -- XGBoost evaluated with patient-grouped cross-validation.

Patients have several stays and their outcomes are correlated, so rows of the
same patient must never sit on both sides of a fold: GroupKFold on patient_id.
Inner tuning also grouped. Baseline: DummyClassifier(prior) on the same folds.
"""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, RandomizedSearchCV
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from scipy.stats import randint, uniform

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv", parse_dates=["admit_date"])
print(df.shape, df.patient_id.nunique(), df[TARGET].mean().round(3))

df["admit_dow"] = df.admit_date.dt.dayofweek
df["admit_month"] = df.admit_date.dt.month
df = pd.get_dummies(df, columns=["diagnosis_group", "discharge_to"], dtype=int)
FEATS = [c for c in df.columns if c not in
         ("stay_id", "patient_id", "admit_date", TARGET, "followup_call_done")]

X, y, groups = df[FEATS], df[TARGET].to_numpy(), df["patient_id"].to_numpy()

outer = GroupKFold(n_splits=5)
space = {"max_depth": randint(2, 6), "learning_rate": uniform(0.01, 0.15),
         "n_estimators": randint(150, 700), "min_child_weight": randint(1, 30),
         "subsample": uniform(0.6, 0.4), "colsample_bytree": uniform(0.5, 0.5)}

rows = []
for k, (tr, te) in enumerate(outer.split(X, y, groups)):
    search = RandomizedSearchCV(
        XGBClassifier(tree_method="hist", eval_metric="logloss", random_state=0),
        space, n_iter=20, scoring="roc_auc", cv=GroupKFold(n_splits=3), random_state=k, n_jobs=-1)
    search.fit(X.iloc[tr], y[tr], groups=groups[tr])
    p = search.predict_proba(X.iloc[te])[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr]).predict_proba(X.iloc[te])[:, 1]
    rows.append({"fold": k, "auc": roc_auc_score(y[te], p), "ap": average_precision_score(y[te], p),
                 "brier": brier_score_loss(y[te], p), "brier_dummy": brier_score_loss(y[te], p0),
                 "ap_dummy": average_precision_score(y[te], p0), **search.best_params_})
    print(k, round(rows[-1]["auc"], 3))

res = pd.DataFrame(rows)
print(res.round(3))
summary = res[["auc", "ap", "ap_dummy", "brier", "brier_dummy"]].agg(["mean", "std"])
print(summary.round(4))
print("Brier skill:", (1 - res.brier / res.brier_dummy).mean().round(3))

# patient-level check: do patients with many stays dominate the errors?
df["n_stays_in_data"] = df.groupby("patient_id")["stay_id"].transform("size")
print(df.groupby(pd.cut(df.n_stays_in_data, [0, 1, 2, 4, 100]))[TARGET].agg(["mean", "size"]))
