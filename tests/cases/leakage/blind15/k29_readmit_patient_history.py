"""
Readmission model with patient-history features.

Frequent flyers drive readmissions, so besides the stay itself I describe the
patient: how many stays they have, their average length of stay, and whether
they were ever discharged to a skilled nursing facility. Split: chronological
and patient-disjoint.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "readmitted_30d"
df = pd.read_csv("train.csv")
df["admit_date"] = pd.to_datetime(df["admit_date"])
df = df.drop(columns=["followup_call_done"])    # happens after discharge

# --- patient-level history ---------------------------------------------------
by_pat = df.groupby("patient_id")
df["patient_n_stays"] = by_pat["stay_id"].transform("count")
df["patient_mean_los"] = by_pat["los_days"].transform("mean")
df["patient_ever_snf"] = by_pat["discharge_to"].transform(lambda s: (s == "snf").any()).astype(int)

print(df[["patient_n_stays", "n_prior_stays", TARGET]].corr().round(3))

NUM = ["age", "n_prior_stays", "los_days", "patient_n_stays", "patient_mean_los",
       "patient_ever_snf"]
CAT = ["diagnosis_group", "discharge_to"]

# --- chronological + patient-disjoint split --------------------------------------
cut = df["admit_date"].quantile(0.75)
train = df[df["admit_date"] < cut]
test = df[(df["admit_date"] >= cut) & ~df["patient_id"].isin(train["patient_id"])]
print(len(train), len(test), test[TARGET].mean().round(3))

model = make_pipeline(
    make_column_transformer((StandardScaler(), NUM), (OneHotEncoder(handle_unknown="ignore"), CAT)),
    LogisticRegression(C=1.0, max_iter=3000),
)
model.fit(train[NUM + CAT], train[TARGET])
p = model.predict_proba(test[NUM + CAT])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train[TARGET])
p0 = dummy.predict_proba(test[NUM + CAT])[:, 1]

y = test[TARGET]
print(f"AUC   model {roc_auc_score(y, p):.3f}")
print(f"AP    model {average_precision_score(y, p):.3f} | dummy {average_precision_score(y, p0):.3f}")
print(f"Brier model {brier_score_loss(y, p):.4f} | dummy {brier_score_loss(y, p0):.4f}")

names = model[0].get_feature_names_out()
print(pd.Series(model[-1].coef_.ravel(), index=names).sort_values().round(3))

# bootstrap CI (rows; test patients have few stays each)
rng = np.random.default_rng(1)
yv = y.to_numpy()
aucs = [roc_auc_score(yv[i], p[i]) for i in (rng.integers(0, len(yv), len(yv)) for _ in range(1000))]
print("AUC 95% CI", np.percentile(aucs, [2.5, 97.5]).round(3))
