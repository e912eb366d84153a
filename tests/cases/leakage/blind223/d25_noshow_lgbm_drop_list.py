"""
No-show prediction take-home (clinic network).

One row per appointment; patients book many appointments. Target: no_show.
Holdout: appointments on/after 2024-04-01 for patients with no earlier
appointment in the data (first-time patients), which is what the
reminder team wants to target.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, precision_score, recall_score

CUTOFF = pd.Timestamp("2024-04-01")


def load(path):
    d = pd.read_csv(path, parse_dates=["appointment_date", "scheduled_date"])
    d["lead_days"] = (d["appointment_date"] - d["scheduled_date"]).dt.days.clip(lower=0)
    d["appt_dow"] = d["appointment_date"].dt.dayofweek
    d["appt_hour"] = d["appointment_date"].dt.hour
    d["booked_same_day"] = (d["lead_days"] == 0).astype(int)
    d["age_group"] = pd.cut(d["age"], [-1, 12, 18, 30, 45, 60, 75, 120], labels=False)
    for c in ["gender", "clinic", "specialty", "neighbourhood", "visit_type"]:
        d[c] = d[c].astype("category")
    return d


df = load("train.csv")
print(df.shape, "patients:", df.patient_id.nunique())
print("no-show rate:", round(df.no_show.mean(), 4))
print(df.groupby("patient_id").size().describe().round(2))

# everything except the label, the patient key and the raw dates
X = df.drop(columns=["no_show", "patient_id", "appointment_date", "scheduled_date"])
y = df["no_show"]
print("features:", list(X.columns))

before = df["appointment_date"] < CUTOFF
known_patients = df.loc[before, "patient_id"].unique()
after_new = (~before) & (~df["patient_id"].isin(known_patients))

X_tr, y_tr = X[before], y[before]
X_ho, y_ho = X[after_new], y[after_new]
print(f"train {len(X_tr)} | holdout {len(X_ho)} ({df.loc[after_new, 'patient_id'].nunique()} new patients)")


def scores(name, y_true, p, thr=0.5):
    yhat = (p >= thr).astype(int)
    print(f"{name:10s} AUC {roc_auc_score(y_true, p):.4f}  AP {average_precision_score(y_true, p):.4f}  "
          f"P {precision_score(y_true, yhat, zero_division=0):.3f}  R {recall_score(y_true, yhat):.3f}  "
          f"F1 {f1_score(y_true, yhat):.3f}")


dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
scores("dummy", y_ho, dummy.predict_proba(X_ho)[:, 1])

model = lgb.LGBMClassifier(
    objective="binary",
    n_estimators=700,
    learning_rate=0.03,
    num_leaves=48,
    min_child_samples=30,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    scale_pos_weight=2.0,
    random_state=17,
    verbose=-1,
)
model.fit(X_tr, y_tr)
p_ho = model.predict_proba(X_ho)[:, 1]
scores("lightgbm", y_ho, p_ho)

gain = pd.Series(model.booster_.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print((gain / gain.sum()).round(3).head(15))

# by clinic, for the memo
by_clinic = pd.DataFrame({"clinic": X_ho["clinic"], "y": y_ho, "p": p_ho}).groupby("clinic", observed=True).agg(
    n=("y", "size"), rate=("y", "mean"), mean_p=("p", "mean"))
print(by_clinic.sort_values("n", ascending=False).head(10).round(3))

# submission
sub = load("test.csv")
sub["prediction"] = model.predict_proba(sub[X.columns])[:, 1]
sub[["appointment_id", "prediction"]].to_csv("predictions.csv", index=False)
