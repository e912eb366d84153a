#!/usr/bin/env python
"""Hotfix retrain of the claims triage classifier.

The nightly scorer has been failing since the channel codes were renamed
(WEB -> ONLINE, AGT -> BROKER). Map the new codes back, retrain on the last
18 months and check the model still works before redeploying.
"""
import pandas as pd
import joblib
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

CHANNEL_MAP = {"ONLINE": "WEB", "BROKER": "AGT", "PHONE": "TEL", "APP": "WEB"}

df = pd.read_csv("data/claims_triage_2022_2024.csv", parse_dates=["reported_at"])
df["channel"] = df["channel"].replace(CHANNEL_MAP)
print(df["channel"].value_counts())

recent = df[df["reported_at"] >= df["reported_at"].max() - pd.DateOffset(months=18)].copy()
print("rows in window:", len(recent))
print(recent.resample("W", on="reported_at")["claim_id"].count().tail(8))

recent["dow"] = recent["reported_at"].dt.dayofweek
recent["month"] = recent["reported_at"].dt.month
features = ["vehicle_age", "claimant_age", "policy_tenure_months", "initial_reserve", "n_parties",
            "prior_claims_3y", "report_delay_days", "injury_reported", "police_report", "dow", "month"]
X = pd.concat([recent[features].fillna(-1),
               pd.get_dummies(recent[["region", "channel", "loss_type"]], dtype=int)], axis=1)
y = recent["complex_claim"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)

acc = accuracy_score(y_test, rf.predict(X_test))
print(f"hold-out accuracy: {acc:.4f}")

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

joblib.dump({"model": rf, "columns": list(X.columns)}, "triage_rf_hotfix.joblib")
print("saved triage_rf_hotfix.joblib")
