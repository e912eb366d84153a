"""30-day readmission -- take-home.

Features: length of stay, diagnosis counts, a few high-risk condition flags and
a smoothed readmission rate of the primary diagnosis group.

Evaluation: patients are held out as a whole (GroupShuffleSplit on patient_id),
so no patient contributes admissions to both the fitting and the scoring rows.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmit_30d"
HIGH_RISK = {"chf": "I50", "copd": "J44", "ckd": "N18", "diabetes": "E11", "sepsis": "A41"}


def basic_features(df):
    df = df.copy()
    codes = df["diagnoses"].fillna("").str.split(";")
    df["n_diag"] = codes.str.len()
    df["primary_dx"] = codes.str[0].str.strip().str[:3]
    df["dx_group"] = df["primary_dx"].str[0]
    for name, prefix in HIGH_RISK.items():
        df[f"has_{name}"] = df["diagnoses"].fillna("").str.contains(prefix, regex=False).astype(int)
    df["long_stay"] = (df["los_days"] > 7).astype(int)
    df["admit_dow"] = pd.to_datetime(df["admit_date"]).dt.dayofweek
    df["weekend_admit"] = (df["admit_dow"] >= 5).astype(int)
    return df


def fit_rate_encoding(frame, col, m=20.0):
    """Smoothed mean of the target per category, learned from `frame`."""
    prior = frame[TARGET].mean()
    agg = frame.groupby(col)[TARGET].agg(["sum", "count"])
    rate = (agg["sum"] + m * prior) / (agg["count"] + m)
    return rate, prior


def apply_rate_encoding(frame, col, rate, prior):
    return frame[col].map(rate).fillna(prior)


df = basic_features(pd.read_csv("train.csv"))
sub = basic_features(pd.read_csv("test.csv"))
print(df.shape, "readmission rate %.3f" % df[TARGET].mean())

rate, prior = fit_rate_encoding(df, "primary_dx")
df["dx_rate"] = apply_rate_encoding(df, "primary_dx", rate, prior)

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=3)
fit_idx, val_idx = next(gss.split(df, df[TARGET], groups=df["patient_id"]))
fit_df, val_df = df.iloc[fit_idx].copy(), df.iloc[val_idx].copy()

FEATURES = ["los_days", "n_diag", "long_stay", "admit_dow", "weekend_admit", "dx_rate"] + \
    [f"has_{k}" for k in HIGH_RISK]

clf = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.05, max_depth=5, random_state=0)
clf.fit(fit_df[FEATURES], fit_df[TARGET])
p_val = clf.predict_proba(val_df[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df[TARGET])
p_dummy = dummy.predict_proba(val_df[FEATURES])[:, 1]

print("patients held out:", val_df["patient_id"].nunique())
print("dummy : AUC %.3f  AP %.3f" % (roc_auc_score(val_df[TARGET], p_dummy),
                                     average_precision_score(val_df[TARGET], p_dummy)))
print("hgb   : AUC %.3f  AP %.3f" % (roc_auc_score(val_df[TARGET], p_val),
                                     average_precision_score(val_df[TARGET], p_val)))

# refit everything on the whole training file for the submission
rate, prior = fit_rate_encoding(df, "primary_dx")
df["dx_rate"] = apply_rate_encoding(df, "primary_dx", rate, prior)
sub["dx_rate"] = apply_rate_encoding(sub, "primary_dx", rate, prior)
clf.fit(df[FEATURES], df[TARGET])
pd.DataFrame({"admission_id": sub["admission_id"],
              "prediction": clf.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
