"""Predictive maintenance: failure within 7 days.

Cleaning decisions (see memo):
  * duplicates on (machine_id, reading_date) -> keep last
  * downtime_hours blank -> 0 (no downtime logged)
  * error_count_24h blank -> 0, negative -> 0
  * sensor NaNs -> median of the training period, per model_type
Validation: train on readings up to the cutoff; validate on later readings of machines
that have no readings before the cutoff.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score

SENSORS = ["vibration", "temperature", "pressure", "rpm", "voltage"]
FEATURES = SENSORS + ["age_days", "error_count_24h", "last_service_days", "downtime_hours"]


def basic(df):
    df = df.drop_duplicates(subset=["machine_id", "reading_date"], keep="last").copy()
    df["downtime_hours"] = df["downtime_hours"].fillna(0)
    df["error_count_24h"] = df["error_count_24h"].fillna(0).clip(lower=0)
    return df


def fill_sensors(df, medians):
    df = df.copy()
    for c in SENSORS:
        df[c] = df[c].fillna(df["model_type"].map(medians[c])).fillna(medians[c].median())
    return df


data = basic(pd.read_csv("train.csv", parse_dates=["reading_date"]))
cutoff = data["reading_date"].quantile(0.75)
train = data[data["reading_date"] <= cutoff]
valid = data[data["reading_date"] > cutoff]
valid = valid[~valid["machine_id"].isin(train["machine_id"])]
print(f"cutoff {cutoff.date()}: train {len(train)} rows, valid {len(valid)} rows / {valid['machine_id'].nunique()} machines")

medians = train.groupby("model_type")[SENSORS].median()
train = fill_sensors(train, medians)
valid = fill_sensors(valid, medians)

X_tr = pd.get_dummies(train[FEATURES + ["model_type"]], columns=["model_type"], dtype=float)
X_va = pd.get_dummies(valid[FEATURES + ["model_type"]], columns=["model_type"], dtype=float).reindex(columns=X_tr.columns, fill_value=0.0)

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=3, class_weight="balanced", n_jobs=-1, random_state=5)
et.fit(X_tr, train["failure_7d"])
base = DummyClassifier(strategy="prior").fit(X_tr, train["failure_7d"])

p_et = et.predict_proba(X_va)[:, 1]
p_base = base.predict_proba(X_va)[:, 1]
print(f"prior baseline: AUC {roc_auc_score(valid['failure_7d'], p_base):.4f}  AP {average_precision_score(valid['failure_7d'], p_base):.4f}")
print(f"extra trees   : AUC {roc_auc_score(valid['failure_7d'], p_et):.4f}  AP {average_precision_score(valid['failure_7d'], p_et):.4f}"
      f"  F1@0.5 {f1_score(valid['failure_7d'], p_et > 0.5):.4f}")
print(pd.Series(et.feature_importances_, index=X_tr.columns).sort_values(ascending=False).head(8))

# submission
full_medians = data.groupby("model_type")[SENSORS].median()
full = fill_sensors(data, full_medians)
X_full = pd.get_dummies(full[FEATURES + ["model_type"]], columns=["model_type"], dtype=float)
et.fit(X_full, full["failure_7d"])
test = fill_sensors(basic(pd.read_csv("test.csv", parse_dates=["reading_date"])), full_medians)
X_test = pd.get_dummies(test[FEATURES + ["model_type"]], columns=["model_type"], dtype=float).reindex(columns=X_full.columns, fill_value=0.0)
pd.DataFrame({"reading_id": test["reading_id"], "prediction": et.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
