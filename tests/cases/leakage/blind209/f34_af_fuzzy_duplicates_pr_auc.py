"""Account fraud: near-duplicate applicants via fuzzy name matching.

Fraud rings re-apply with slightly altered names ("Jon Smiht", "John Smith")
from the same address or device. For each application, compare its name to the
names on *earlier* applications from the same billing address / device and count
how many are near-duplicates (token-sort ratio >= 90). Together with plain
look-back link counts these feed a random forest.
"""
from collections import defaultdict

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, average_precision_score, roc_auc_score

TARGET = "is_fraud_account"
T = "signup_time"
SIM = 90

train = pd.read_csv("train.csv", parse_dates=[T])
test = pd.read_csv("test.csv", parse_dates=[T])
print(train.shape, test.shape)
print(train[TARGET].value_counts())

apps = pd.concat([train, test], ignore_index=True)
apps = apps.sort_values(T, kind="mergesort").reset_index(drop=True)
apps["name_clean"] = (
    apps["full_name"].fillna("").str.lower().str.replace(r"[^a-z ]", "", regex=True).str.strip()
)


def fuzzy_prior_matches(frame, block_col):
    """number of earlier applications in the same block whose name is a near-duplicate"""
    seen = defaultdict(list)
    out = np.zeros(len(frame), dtype=int)
    for i, (block, name) in enumerate(zip(frame[block_col], frame["name_clean"])):
        if pd.isna(block) or not name:
            continue
        earlier = seen[block]
        out[i] = sum(fuzz.token_sort_ratio(name, other) >= SIM for other in earlier[-200:])
        earlier.append(name)
    return out


apps["dup_names_address"] = fuzzy_prior_matches(apps, "billing_address")
apps["dup_names_device"] = fuzzy_prior_matches(apps, "device_id")
for col in ["device_id", "ip_address", "phone_hash", "billing_address"]:
    apps[f"prev_{col}"] = apps.groupby(col).cumcount()
apps["exact_name_prev"] = apps.groupby("name_clean").cumcount()
apps["hour"] = apps[T].dt.hour
apps["log_income"] = np.log1p(apps["declared_income"].clip(lower=0))

FEATURES = ["dup_names_address", "dup_names_device", "prev_device_id", "prev_ip_address",
            "prev_phone_hash", "prev_billing_address", "exact_name_prev", "hour", "age",
            "log_income", "session_seconds", "n_form_edits"]

lab = apps[apps[TARGET].notna()].copy()
lab[TARGET] = lab[TARGET].astype(int)
unl = apps[apps[TARGET].isna()].copy()
print(lab.groupby(TARGET)[["dup_names_address", "dup_names_device"]].mean())

cutoff = lab[T].quantile(0.8)
tr = lab[lab[T] < cutoff]
va = lab[lab[T] >= cutoff]
va = va[~va["device_id"].isin(tr["device_id"])]
print("train", len(tr), "valid", len(va))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=3, class_weight="balanced",
                            n_jobs=-1, random_state=8)
rf.fit(tr[FEATURES], tr[TARGET])
majority = DummyClassifier(strategy="most_frequent").fit(tr[FEATURES], tr[TARGET])

p_rf = rf.predict_proba(va[FEATURES])[:, 1]
p_maj = majority.predict_proba(va[FEATURES])[:, 1]
print("validation")
for name, m, p in [("majority class", majority, p_maj), ("random forest", rf, p_rf)]:
    print(f"  {name:15s} accuracy {accuracy_score(va[TARGET], m.predict(va[FEATURES])):.4f}  "
          f"ROC AUC {roc_auc_score(va[TARGET], p):.4f}  AP {average_precision_score(va[TARGET], p):.4f}")

rf.fit(lab[FEATURES], lab[TARGET])
unl["prediction"] = rf.predict_proba(unl[FEATURES])[:, 1]
unl[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
print("written", len(unl))
