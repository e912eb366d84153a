"""Binned logistic regression ("scorecard") for appointment no-shows.

Each numeric driver is bucketed and one-hot encoded so that the clinic staff
can read the effect of every bucket directly from the coefficients.
"""
import numpy as np
import pandas as pd
import statsmodels.api as sm
from sklearn.metrics import roc_auc_score, log_loss

LABEL = "no_show"
N_BINS = 6


def load(path):
    d = pd.read_csv(path, parse_dates=["scheduled_at", "appointment_at"])
    d["weekday"] = d["appointment_at"].dt.day_name().str[:3]
    d["afternoon"] = (d["appointment_at"].dt.hour >= 12).astype(int)
    return d


raw = load("train.csv").drop(columns=["checkin_time"])

# bucket the continuous drivers into equal-frequency bins
raw["lead_bin"], LEAD_BINS = pd.qcut(raw["lead_days"], q=N_BINS, duplicates="drop", retbins=True)
raw["age_bin"], AGE_BINS = pd.qcut(raw["age"], q=N_BINS, duplicates="drop", retbins=True)
raw["lead_bin"] = raw["lead_bin"].astype(str)
raw["age_bin"] = raw["age_bin"].astype(str)

design = pd.get_dummies(raw[["lead_bin", "age_bin", "weekday"]], drop_first=True, dtype=float)
design[["sms_sent", "scholarship", "hypertension", "diabetes", "afternoon"]] = raw[
    ["sms_sent", "scholarship", "hypertension", "diabetes", "afternoon"]].astype(float)
design = sm.add_constant(design)

# out-of-time, out-of-patient holdout
t_split = raw["appointment_at"].quantile(0.8)
is_tr = raw["appointment_at"] < t_split
is_te = (raw["appointment_at"] >= t_split) & ~raw["patient_id"].isin(raw.loc[is_tr, "patient_id"])

logit = sm.Logit(raw.loc[is_tr, LABEL], design.loc[is_tr]).fit(disp=0, maxiter=200)
print(logit.summary2().tables[1][["Coef.", "P>|z|"]].round(3))

p_te = logit.predict(design.loc[is_te])
y_te = raw.loc[is_te, LABEL]
base_rate = raw.loc[is_tr, LABEL].mean()
p_base = np.full(len(y_te), base_rate)

print(f"holdout rows: {is_te.sum()}")
print(f"baseline (training no-show rate {base_rate:.3f}): log loss {log_loss(y_te, p_base):.4f}, AUC {roc_auc_score(y_te, p_base):.3f}")
print(f"scorecard logit:                          log loss {log_loss(y_te, p_te):.4f}, AUC {roc_auc_score(y_te, p_te):.3f}")

# refit on all labelled rows
full_fit = sm.Logit(raw[LABEL], design).fit(disp=0, maxiter=200)

test = load("test.csv")
test["lead_bin"] = pd.cut(test["lead_days"], bins=LEAD_BINS).astype(str)
test["age_bin"] = pd.cut(test["age"], bins=AGE_BINS).astype(str)
tdesign = pd.get_dummies(test[["lead_bin", "age_bin", "weekday"]], drop_first=True, dtype=float)
tdesign[["sms_sent", "scholarship", "hypertension", "diabetes", "afternoon"]] = test[
    ["sms_sent", "scholarship", "hypertension", "diabetes", "afternoon"]].astype(float)
tdesign = sm.add_constant(tdesign, has_constant="add").reindex(columns=design.columns, fill_value=0.0)
pd.DataFrame({"appointment_id": test["appointment_id"],
              "prediction": full_fit.predict(tdesign)}).to_csv("predictions.csv", index=False)
