"""Lung nodule malignancy, slice level.

train.csv + metadata.csv -> features. Some pyradiomics features are missing for
very small ROIs (NaN), and smoking history is missing for ~20% of patients.
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import GroupShuffleSplit
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

RANDOM_STATE = 13

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
meta = pd.read_csv("metadata.csv")

# one-hot on train+test together so both get identical columns
both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
both = both.merge(meta, on="patient_id", how="left")
both = pd.get_dummies(both, columns=["scanner_vendor", "sex"], dtype=float)
train = both[both._part == "train"].drop(columns="_part").reset_index(drop=True)
test = both[both._part == "test"].drop(columns="_part").reset_index(drop=True)

feature_cols = [c for c in train.columns
                if c.startswith(("original_", "scanner_vendor_", "sex_"))
                or c in ("age", "smoking_pack_years", "slice_thickness_mm")]
print("features:", len(feature_cols))
print("missing share (top 5):")
print(train[feature_cols].isna().mean().sort_values(ascending=False).head())

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
tr_idx, va_idx = next(gss.split(train, groups=train["patient_id"]))
tr, va = train.iloc[tr_idx], train.iloc[va_idx]

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
X_tr = scaler.fit_transform(imputer.fit_transform(tr[feature_cols]))
X_va = scaler.transform(imputer.transform(va[feature_cols]))
y_tr, y_va = tr["malignant"].astype(int), va["malignant"].astype(int)

logreg = LogisticRegression(C=0.3, class_weight="balanced", max_iter=4000).fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
for name, m in [("dummy", dummy), ("logreg", logreg)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:7s} ROC-AUC {roc_auc_score(y_va, p):.3f}  PR-AUC {average_precision_score(y_va, p):.3f}")

# final model on all labelled slices
X_all = scaler.fit_transform(imputer.fit_transform(train[feature_cols]))
logreg.fit(X_all, train["malignant"].astype(int))
X_test = scaler.transform(imputer.transform(test[feature_cols]))
pd.DataFrame({"slice_id": test["slice_id"], "prediction": logreg.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
