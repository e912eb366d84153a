"""Fraud detection take-home.

Steps:
  1. clean the raw claims (types, impossible values, duplicates)
  2. fix the class imbalance (~6% fraud) with SMOTE
  3. logistic regression, report recall / ROC AUC
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 7
LEAKY = ["investigation_outcome", "days_to_settle"]
CATS = ["incident_type", "incident_severity", "region", "police_report"]


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    # impossible values -> NaN
    df.loc[df["vehicle_age"] < 0, "vehicle_age"] = np.nan
    df.loc[df["hour_of_incident"] > 23, "hour_of_incident"] = np.nan
    df.loc[df["claim_amount"] <= 0, "claim_amount"] = np.nan
    # counts: a blank means none were recorded
    df["num_prior_claims"] = df["num_prior_claims"].fillna(0)
    df["witnesses"] = df["witnesses"].fillna(0)
    for c in CATS:
        df[c] = df[c].astype(str).str.strip().str.upper().replace({"NAN": "UNKNOWN", "?": "UNKNOWN"})
    df["log_claim_amount"] = np.log1p(df["claim_amount"])
    df["log_vehicle_value"] = np.log1p(df["vehicle_value"])
    return df.drop(columns=LEAKY, errors="ignore")


train = clean(pd.read_csv("train.csv"))
test = clean(pd.read_csv("test.csv"))

before = len(train)
train = train.drop_duplicates(subset=[c for c in train.columns if c != "claim_id"])
print(f"duplicates removed: {before - len(train)}")

# rows with a broken amount or vehicle age are unusable for this model
train = train.dropna(subset=["claim_amount", "vehicle_age", "hour_of_incident", "vehicle_value"])
print("rows after cleaning:", len(train))
print("fraud rate:", round(train["is_fraud"].mean(), 4))

num_features = ["policy_tenure_months", "log_claim_amount", "vehicle_age", "log_vehicle_value",
                "num_prior_claims", "witnesses", "hour_of_incident"]
X = pd.get_dummies(train[num_features + CATS], columns=CATS, dtype=float)
y = train["is_fraud"].astype(int)

# balance the classes
smote = SMOTE(random_state=RANDOM_STATE, k_neighbors=5)
X_bal, y_bal = smote.fit_resample(X, y)
print("after SMOTE:", X_bal.shape, "fraud share", round(y_bal.mean(), 3))

X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, test_size=0.25, random_state=RANDOM_STATE, stratify=y_bal)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
clf.fit(X_tr, y_tr)

pred = clf.predict(X_te)
proba = clf.predict_proba(X_te)[:, 1]
print(classification_report(y_te, pred, digits=3))
print("ROC AUC:", round(roc_auc_score(y_te, proba), 4))

coefs = pd.Series(clf[-1].coef_[0], index=X.columns).sort_values()
print(coefs.tail(10))

# final model on all cleaned rows (balanced) -> predictions
clf.fit(X_bal, y_bal)
X_sub = pd.get_dummies(test[num_features + CATS], columns=CATS, dtype=float).reindex(columns=X.columns, fill_value=0.0)
X_sub = X_sub.fillna(X.median())
out = pd.DataFrame({"claim_id": test["claim_id"], "prediction": clf.predict_proba(X_sub)[:, 1]})
out.to_csv("predictions.csv", index=False)
print("wrote predictions.csv", out.shape)
