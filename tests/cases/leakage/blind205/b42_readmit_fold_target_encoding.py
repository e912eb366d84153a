"""30-day readmission -- take-home.

Diagnosis and admission-source codes are high-cardinality, so they get a
smoothed readmission-rate encoding. Everything is evaluated with 5-fold
StratifiedGroupKFold on patient_id; encodings are recomputed inside each fold.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold

Y = "readmitted_30d"
HIGH_CARD = ["primary_diagnosis", "secondary_diagnosis", "admission_source", "medical_specialty"]
NUMERIC = ["length_of_stay", "num_lab_procedures", "num_procedures", "num_medications",
           "num_prior_outpatient", "num_prior_emergency", "num_prior_inpatient", "num_diagnoses"]
LOW_CARD = ["admission_type", "discharge_disposition", "age", "gender", "hba1c_result", "insulin"]

data = pd.read_csv("train.csv")
subm = pd.read_csv("test.csv")
print(data.shape, subm.shape)
print(data[HIGH_CARD].nunique())
print(data[Y].mean().round(4))

# one-hot for the low-cardinality columns (same columns for train and test)
both = pd.get_dummies(pd.concat([data[LOW_CARD], subm[LOW_CARD]], keys=["tr", "te"]).fillna("NA"), dtype=int)
low_tr, low_te = both.loc["tr"], both.loc["te"]


def rate_encode(fit_frame, apply_frame, col, m=30.0):
    prior = fit_frame[Y].mean()
    st = fit_frame.groupby(col)[Y].agg(["sum", "count"])
    enc = (st["sum"] + m * prior) / (st["count"] + m)
    return apply_frame[col].map(enc).fillna(prior).to_numpy()


def design(fit_frame, apply_frame, low_apply):
    out = apply_frame[NUMERIC].copy()
    for c in HIGH_CARD:
        out[f"{c}_rate"] = rate_encode(fit_frame, apply_frame, c)
    out = pd.concat([out.reset_index(drop=True), low_apply.reset_index(drop=True)], axis=1)
    return out


def make_model(kind):
    if kind == "dummy":
        return DummyClassifier(strategy="prior")
    if kind == "hgb_small":
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15, random_state=0)
    return HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=31,
                                          l2_regularization=1.0, random_state=0)


cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=21)
folds = list(cv.split(data, data[Y], groups=data["patient_id"]))

records = []
for k, (fit_idx, val_idx) in enumerate(folds):
    fit_part, val_part = data.iloc[fit_idx], data.iloc[val_idx]
    X_fit = design(fit_part, fit_part, low_tr.iloc[fit_idx])
    X_val = design(fit_part, val_part, low_tr.iloc[val_idx])
    for kind in ("dummy", "hgb_small", "hgb"):
        m = make_model(kind).fit(X_fit, fit_part[Y])
        p = m.predict_proba(X_val)[:, 1]
        records.append({"fold": k, "model": kind, "auc": roc_auc_score(val_part[Y], p),
                        "ap": average_precision_score(val_part[Y], p)})
    print("fold", k, "done", len(fit_idx), len(val_idx))

cv_table = pd.DataFrame(records).groupby("model")[["auc", "ap"]].agg(["mean", "std"]).round(4)
print(cv_table)

# does the encoding help? same folds, numeric + one-hot only
records_plain = []
for k, (fit_idx, val_idx) in enumerate(folds):
    Xf = pd.concat([data.iloc[fit_idx][NUMERIC].reset_index(drop=True), low_tr.iloc[fit_idx].reset_index(drop=True)], axis=1)
    Xv = pd.concat([data.iloc[val_idx][NUMERIC].reset_index(drop=True), low_tr.iloc[val_idx].reset_index(drop=True)], axis=1)
    m = make_model("hgb").fit(Xf, data.iloc[fit_idx][Y])
    records_plain.append(roc_auc_score(data.iloc[val_idx][Y], m.predict_proba(Xv)[:, 1]))
print("hgb without rate encodings: auc %.4f +- %.4f" % (np.mean(records_plain), np.std(records_plain)))

# final model: encodings and model fitted on all labelled rows
X_all = design(data, data, low_tr)
X_sub = design(data, subm, low_te)
final = make_model("hgb").fit(X_all, data[Y])
pd.DataFrame({"encounter_id": subm["encounter_id"], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote", len(subm), "rows")
