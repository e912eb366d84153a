"""Readmission model using each patient's history up to (not including) the current stay."""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.decomposition import TruncatedSVD
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "readmitted_30d"

df = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
df = df.sort_values(["patient_id", "admit_date"]).reset_index(drop=True)
df["discharge_note"] = df["discharge_note"].fillna("")

per_patient = df.groupby("patient_id", sort=False)
df["n_prior_stays"] = per_patient.cumcount()
df["prev_discharge"] = per_patient["discharge_date"].shift(1)
df["days_since_prev_discharge"] = (df["admit_date"] - df["prev_discharge"]).dt.days
df["prev_length_of_stay"] = per_patient["length_of_stay"].shift(1)
df["prior_meds_mean"] = per_patient["num_medications"].transform(
    lambda s: s.shift(1).expanding().mean())
df["prior_emergency_count"] = per_patient["emergency_admit"].transform(
    lambda s: s.shift(1).fillna(0).cumsum())

HIST = ["n_prior_stays", "days_since_prev_discharge", "prev_length_of_stay",
        "prior_meds_mean", "prior_emergency_count"]
BASE = ["age", "length_of_stay", "num_medications", "num_diagnoses", "num_procedures",
        "emergency_admit", "hba1c", "creatinine"]
CAT = ["department", "discharge_disposition"]

cut = pd.Timestamp("2022-09-01")
train = df[df["admit_date"] < cut]
test = df[df["admit_date"] >= cut]
test = test.loc[~test["patient_id"].isin(train["patient_id"].unique())]

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), BASE + HIST),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ("txt", Pipeline([("tfidf", TfidfVectorizer(min_df=5, max_df=0.6, stop_words="english")),
                      ("svd", TruncatedSVD(n_components=30, random_state=0))]), "discharge_note"),
], sparse_threshold=0.0)
model = Pipeline([("pre", pre),
                  ("hgb", HistGradientBoostingClassifier(max_iter=350, learning_rate=0.05,
                                                         l2_regularization=0.5, random_state=0))])
model.fit(train, train[TARGET])

p = model.predict_proba(test)[:, 1]
p_base = DummyClassifier(strategy="prior").fit(train[BASE], train[TARGET]).predict_proba(test[BASE])[:, 1]
print(f"{'':10s}{'auc':>8s}{'ap':>8s}{'brier':>8s}")
for name, s in [("hgb", p), ("baseline", p_base)]:
    print(f"{name:10s}{roc_auc_score(test[TARGET], s):8.3f}{average_precision_score(test[TARGET], s):8.3f}"
          f"{brier_score_loss(test[TARGET], s):8.4f}")
