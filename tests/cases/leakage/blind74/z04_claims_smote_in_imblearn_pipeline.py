"""Fraud detection take-home.

Steps:
  1. clean the raw claims (types, impossible values, duplicates)
  2. hold out 20% for the final check
  3. SMOTE + logistic regression in one imblearn pipeline, tuned with CV on the training part
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 7
LEAKY = ["investigation_outcome", "days_to_settle"]
CATS = ["incident_type", "incident_severity", "region", "police_report"]


def clean(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    df.loc[df["vehicle_age"] < 0, "vehicle_age"] = np.nan
    df.loc[df["hour_of_incident"] > 23, "hour_of_incident"] = np.nan
    df.loc[df["claim_amount"] <= 0, "claim_amount"] = np.nan
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
print("fraud rate:", round(train["is_fraud"].mean(), 4))

num_features = ["policy_tenure_months", "log_claim_amount", "vehicle_age", "log_vehicle_value",
                "num_prior_claims", "witnesses", "hour_of_incident"]
X = pd.get_dummies(train[num_features + CATS], columns=CATS, dtype=float)
y = train["is_fraud"].astype(int)

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=RANDOM_STATE, stratify=y)

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("smote", SMOTE(random_state=RANDOM_STATE)),
    ("clf", LogisticRegression(max_iter=2000)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
results = {}
for C in [0.05, 0.2, 0.5, 1.0, 3.0]:
    pipe.set_params(clf__C=C)
    results[C] = cross_val_score(pipe, X_tr, y_tr, cv=cv, scoring="average_precision").mean()
    print(f"C={C:<5} CV average precision {results[C]:.4f}")

best_C = max(results, key=results.get)
pipe.set_params(clf__C=best_C)
pipe.fit(X_tr, y_tr)

proba = pipe.predict_proba(X_te)[:, 1]
print(f"\nchosen C={best_C}")
print(classification_report(y_te, (proba > 0.5).astype(int), digits=3))
print("hold-out ROC AUC:", round(roc_auc_score(y_te, proba), 4))
print("hold-out AP     :", round(average_precision_score(y_te, proba), 4))

pipe.fit(X, y)
X_sub = pd.get_dummies(test[num_features + CATS], columns=CATS, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": pipe.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
