"""
30-day readmission take-home.

Background: I mostly do survival work in epidemiology, so I kept the model simple
(logistic regression) and spent the time on a sensible split. Train on stays
discharged before the cutoff, test on later stays from patients we have never seen.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

RANDOM_STATE = 7
CUTOFF = "2021-07-01"

stays = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
print(stays.shape)
print(stays["readmitted_30d"].mean().round(3), "readmission rate")


def build_features(df):
    out = pd.DataFrame(index=df.index)
    out["age"] = df["age"]
    out["female"] = (df["sex"] == "F").astype(int)
    out["los"] = df["length_of_stay"]
    out["log_los"] = np.log1p(df["length_of_stay"])
    out["n_diagnoses"] = df["n_diagnoses"]
    out["n_procedures"] = df["n_procedures"]
    out["n_medications"] = df["n_medications"]
    out["n_lab_tests"] = df["n_lab_tests"]
    out["prior_ed_visits_12m"] = df["prior_ed_visits_12m"].fillna(0)
    out["on_insulin"] = df["on_insulin"].astype(int)
    out["hba1c_tested"] = df["hba1c_tested"].astype(int)
    out["emergency"] = (df["admission_type"] == "emergency").astype(int)
    out["to_snf"] = (df["discharge_to"] == "skilled_nursing").astype(int)
    out["to_home_health"] = (df["discharge_to"] == "home_health").astype(int)
    out["medicare"] = (df["insurance"] == "medicare").astype(int)
    out["medicaid"] = (df["insurance"] == "medicaid").astype(int)
    out["weekend_discharge"] = (df["discharge_date"].dt.dayofweek >= 5).astype(int)
    return out


X_all = build_features(stays)
y_all = stays["readmitted_30d"].values
num_cols = ["age", "los", "log_los", "n_diagnoses", "n_procedures",
            "n_medications", "n_lab_tests", "prior_ed_visits_12m"]
bin_cols = [c for c in X_all.columns if c not in num_cols]

# ---------------------------------------------------------------- split
is_train = stays["discharge_date"] < CUTOFF
train_patients = set(stays.loc[is_train, "patient_id"])
is_test = (~is_train) & (~stays["patient_id"].isin(train_patients))

X_tr, y_tr = X_all[is_train.values], y_all[is_train.values]
X_te, y_te = X_all[is_test.values], y_all[is_test.values]
print(f"train stays {len(X_tr)}, test stays {len(X_te)} "
      f"({stays.loc[is_test, 'patient_id'].nunique()} new patients)")


def make_model(C):
    pre = ColumnTransformer([("num", StandardScaler(), num_cols),
                             ("bin", "passthrough", bin_cols)])
    return Pipeline([("pre", pre),
                     ("lr", LogisticRegression(C=C, max_iter=2000,
                                               class_weight="balanced",
                                               random_state=RANDOM_STATE))])


def report(name, p, y):
    auc = roc_auc_score(y, p)
    ap = average_precision_score(y, p)
    brier = brier_score_loss(y, p)
    print(f"{name:<22} AUC={auc:.3f}  AP={ap:.3f}  Brier={brier:.4f}")
    return {"model": name, "auc": auc, "ap": ap, "brier": brier}


results = []
baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
results.append(report("baseline (prior)", baseline.predict_proba(X_te)[:, 1], y_te))

# C fixed a priori at 0.1 (regularised, 17 features)
model = make_model(0.1).fit(X_tr, y_tr)
p_te = model.predict_proba(X_te)[:, 1]
results.append(report("logreg C=0.1", p_te, y_te))
print(pd.DataFrame(results).round(3))

coefs = pd.Series(model.named_steps["lr"].coef_[0],
                  index=num_cols + bin_cols).sort_values()
fig, ax = plt.subplots(figsize=(6, 6))
coefs.plot.barh(ax=ax)
ax.set_title("log-odds per unit (standardised)")
plt.tight_layout()
plt.savefig("coefs.png", dpi=120)

dec = pd.qcut(p_te, 10, labels=False, duplicates="drop")
calib = pd.DataFrame({"p": p_te, "y": y_te, "dec": dec}).groupby("dec").mean()
print(calib.round(3))

# ---------------------------------------------------------------- submission
# evaluation is done; refit the same recipe on every labelled stay for the hand-in
final = make_model(0.1).fit(X_all, y_all)
test_df = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
sub = pd.DataFrame({"stay_id": test_df["stay_id"],
                    "prediction": final.predict_proba(build_features(test_df))[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
