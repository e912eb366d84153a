"""New-account fraud: device "burst" features.

Account farms register batches of accounts from one device / IP within
minutes. For each application I measure the gap to the neighbouring
application on the same device and IP, whether it sits inside a burst
(another application on the device in the preceding 10 minutes), and how many distinct
phones the device has been linked to.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud_account"
TS = "signup_time"

train = pd.read_csv("train.csv", parse_dates=[TS])
test = pd.read_csv("test.csv", parse_dates=[TS])
print(train.shape, test.shape)
print(train[TARGET].mean().round(4))
print(train.groupby("device_id").size().describe())

apps = pd.concat([train, test], ignore_index=True)
apps = apps.sort_values([TS, "application_id"], kind="mergesort").reset_index(drop=True)

for key in ["device_id", "ip_address"]:
    nb_time = apps.groupby(key)[TS].shift(1)
    apps[f"{key}_gap_min"] = (apps[TS] - nb_time).dt.total_seconds() / 60
    apps[f"{key}_gap_min"] = apps[f"{key}_gap_min"].fillna(1e6)
    apps[f"{key}_burst"] = (apps[f"{key}_gap_min"] <= 10).astype(int)
    apps[f"{key}_rank"] = apps.groupby(key).cumcount()

first_phone = (~apps.duplicated(["device_id", "phone_hash"])).astype(int)
apps["device_phones"] = first_phone.groupby(apps["device_id"]).cumsum()
first_addr = (~apps.duplicated(["device_id", "billing_address"])).astype(int)
apps["device_addresses"] = first_addr.groupby(apps["device_id"]).cumsum()

apps["hour"] = apps[TS].dt.hour
apps["log_income"] = np.log1p(apps["declared_income"].clip(lower=0))
apps["edits_per_min"] = apps["n_form_edits"] / (apps["session_seconds"] / 60 + 1)

FEATURES = ["device_id_gap_min", "device_id_burst", "device_id_rank",
            "ip_address_gap_min", "ip_address_burst", "ip_address_rank",
            "device_phones", "device_addresses", "hour", "age", "log_income",
            "session_seconds", "n_form_edits", "edits_per_min"]

lab = apps[apps[TARGET].notna()].copy()
lab[TARGET] = lab[TARGET].astype(int)
unl = apps[apps[TARGET].isna()].copy()
print(lab.groupby(TARGET)[["device_id_burst", "ip_address_burst", "device_phones"]].mean())

cutoff = lab[TS].quantile(0.8)
tr = lab[lab[TS] < cutoff]
va = lab[lab[TS] >= cutoff]
va = va[~va["device_id"].isin(tr["device_id"])]
print(f"train={len(tr)} valid={len(va)} valid fraud rate={va[TARGET].mean():.4f}")

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=5, max_features=0.5,
                          class_weight="balanced", n_jobs=-1, random_state=13)
et.fit(tr[FEATURES], tr[TARGET])
p = et.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p0 = dummy.predict_proba(va[FEATURES])[:, 1]

print(f"dummy       ROC AUC {roc_auc_score(va[TARGET], p0):.4f}  AP {average_precision_score(va[TARGET], p0):.4f}")
print(f"extra trees ROC AUC {roc_auc_score(va[TARGET], p):.4f}  AP {average_precision_score(va[TARGET], p):.4f}")
print(pd.Series(et.feature_importances_, index=FEATURES).sort_values(ascending=False))

et.fit(lab[FEATURES], lab[TARGET])
unl["prediction"] = et.predict_proba(unl[FEATURES])[:, 1]
unl[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
print("predictions:", unl.shape)
