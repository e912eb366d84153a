"""Claim-line denial model, first pass.

Logistic regression on a handful of numeric fields + one-hot code groups.
Test providers in the hidden set are new to us, so I hold out whole providers.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["service_date", "submit_date"])
print(df.shape)
print("denial rate:", round(df["denied"].mean(), 4))
print(df["provider_id"].nunique(), "providers,", df["member_id"].nunique(), "members")

# these only exist after adjudication
POST_ADJ = ["denial_reason_code", "paid_amount", "allowed_amount", "adjudication_date"]
df = df.drop(columns=POST_ADJ)

# --- code groupings -------------------------------------------------------
df["cpt_section"] = df["cpt_code"].astype(str).str[0]      # 9xxxx = E&M, 7xxxx = radiology ...
df["icd_chapter"] = df["icd10_primary"].astype(str).str[0]
df["log_billed"] = np.log1p(df["billed_amount"])
df["billed_per_unit"] = df["billed_amount"] / df["units"].clip(lower=1)
df["has_modifier"] = df["modifier_1"].notna().astype(int)

cat_cols = ["cpt_section", "icd_chapter", "place_of_service", "network_status",
            "plan_type", "provider_specialty"]
num_cols = ["log_billed", "billed_per_unit", "units", "member_age",
            "days_to_submit", "n_dx_codes", "prior_auth_on_file", "has_modifier"]

X_cat = pd.get_dummies(df[cat_cols].fillna("NA").astype(str))

scaler = StandardScaler()
X_num = pd.DataFrame(scaler.fit_transform(df[num_cols].fillna(0)),
                     columns=num_cols, index=df.index)

X = pd.concat([X_num, X_cat], axis=1).astype(float)
y = df["denied"].values
groups = df["provider_id"].values

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=7)
tr_idx, te_idx = next(gss.split(X, y, groups))
X_tr, X_te = X.iloc[tr_idx], X.iloc[te_idx]
y_tr, y_te = y[tr_idx], y[te_idx]
print("train rows", len(tr_idx), "holdout rows", len(te_idx))

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = base.predict_proba(X_te)[:, 1]

clf = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]

print(f"baseline  AUC {roc_auc_score(y_te, p_base):.3f}  PR-AUC {average_precision_score(y_te, p_base):.3f}")
print(f"logreg    AUC {roc_auc_score(y_te, p):.3f}  PR-AUC {average_precision_score(y_te, p):.3f}")

coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))
