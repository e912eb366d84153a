"""Account fraud: near-duplicate account detection + logistic regression.

Fraudsters open many accounts with cosmetic variations of the same identity:
j.smith+1@gmail.com / jsmith@gmail.com, "Jon  Smith" / "jon smith", the same
phone with different formatting. I normalise these fields into resolution keys
and count how many earlier applications resolve to the same key, then fit a
regularised logistic regression (interpretable for the fraud-ops team).
"""
import re
import unicodedata

import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "is_fraud_account"

train = pd.read_csv("train.csv", parse_dates=["signup_time"])
test = pd.read_csv("test.csv", parse_dates=["signup_time"])
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True).round(4))


def norm_email(e):
    if not isinstance(e, str) or "@" not in e:
        return None
    local, domain = e.lower().strip().split("@", 1)
    local = local.split("+", 1)[0]
    if domain in {"gmail.com", "googlemail.com"}:
        local = local.replace(".", "")
        domain = "gmail.com"
    local = re.sub(r"\d+$", "", local)
    return f"{local}@{domain}"


def norm_name(n):
    if not isinstance(n, str):
        return None
    n = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()
    tokens = sorted(re.sub(r"[^a-z ]", " ", n.lower()).split())
    return " ".join(tokens) or None


def norm_phone(p):
    if not isinstance(p, str):
        return None
    digits = re.sub(r"\D", "", p)
    return digits[-9:] if len(digits) >= 9 else None


apps = pd.concat([train, test], ignore_index=True)
apps = apps.sort_values("signup_time", kind="mergesort").reset_index(drop=True)
apps["k_email"] = apps["email"].map(norm_email)
apps["k_name"] = apps["full_name"].map(norm_name)
apps["k_phone"] = apps["phone_raw"].map(norm_phone)
apps["k_name_bin"] = apps["k_name"] + "|" + apps["card_bin"].astype(str)

for key in ["k_email", "k_name", "k_phone", "k_name_bin", "device_id", "billing_address"]:
    apps[f"dup_{key}"] = apps.groupby(key).cumcount()
    apps.loc[apps[key].isna(), f"dup_{key}"] = 0

apps["dup_any"] = apps[[c for c in apps.columns if c.startswith("dup_k_")]].max(axis=1)
apps["email_has_digits"] = apps["email"].str.contains(r"\d", na=False).astype(int)
apps["email_len"] = apps["email"].str.len().fillna(0)
apps["log_income"] = np.log1p(apps["declared_income"].clip(lower=0))
apps["hour"] = apps["signup_time"].dt.hour
apps["night"] = apps["hour"].between(0, 5).astype(int)

FEATURES = [
    "dup_k_email", "dup_k_name", "dup_k_phone", "dup_k_name_bin", "dup_device_id",
    "dup_billing_address", "dup_any", "email_has_digits", "email_len",
    "log_income", "age", "night", "session_seconds", "n_form_edits",
]

lab = apps[apps[TARGET].notna()].copy()
lab[TARGET] = lab[TARGET].astype(int)
unl = apps[apps[TARGET].isna()].copy()

scaler = StandardScaler()
lab[FEATURES] = scaler.fit_transform(lab[FEATURES])

cutoff = lab["signup_time"].quantile(0.8)
tr = lab[lab["signup_time"] < cutoff]
va = lab[lab["signup_time"] >= cutoff]
va = va[~va["device_id"].isin(tr["device_id"])]
print(f"train {len(tr)}  valid {len(va)}")

clf = LogisticRegression(C=0.2, class_weight="balanced", max_iter=5000)
clf.fit(tr[FEATURES], tr[TARGET])
p = clf.predict_proba(va[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
p0 = dummy.predict_proba(va[FEATURES])[:, 1]

for name, probs in [("dummy", p0), ("logreg", p)]:
    print(f"{name:7s} AUC={roc_auc_score(va[TARGET], probs):.4f} "
          f"AP={average_precision_score(va[TARGET], probs):.4f} "
          f"Brier={brier_score_loss(va[TARGET], probs):.4f}")

coef = pd.Series(clf.coef_[0], index=FEATURES).sort_values()
print(coef)

clf.fit(lab[FEATURES], lab[TARGET])
unl[FEATURES] = scaler.transform(unl[FEATURES])
unl["prediction"] = clf.predict_proba(unl[FEATURES])[:, 1]
unl[["application_id", "prediction"]].to_csv("predictions.csv", index=False)
