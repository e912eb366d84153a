"""Undersampling with NearMiss for a telecom churn model.

The majority class is undersampled in the training split only; the test split
keeps the natural class balance.
"""
import numpy as np
import pandas as pd
from imblearn.under_sampling import NearMiss
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score, f1_score, recall_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler

df = pd.read_csv("data/telecom_churn.csv")
df["international_plan"] = (df["international_plan"] == "yes").astype(int)
df["voice_mail_plan"] = (df["voice_mail_plan"] == "yes").astype(int)
df["total_charge"] = (
    df["total_day_charge"] + df["total_eve_charge"] + df["total_night_charge"] + df["total_intl_charge"]
)

feature_cols = [
    "account_length", "international_plan", "voice_mail_plan", "number_vmail_messages",
    "total_day_minutes", "total_day_calls", "total_eve_minutes", "total_eve_calls",
    "total_night_minutes", "total_night_calls", "total_intl_minutes", "total_intl_calls",
    "customer_service_calls", "total_charge",
]
X = df[feature_cols].to_numpy(dtype=float)
y = (df["churn"] == True).astype(int).to_numpy()  # noqa: E712

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=5)

# NearMiss is distance based, so scale first (fitted on training rows)
mm = MinMaxScaler().fit(X_train)
X_train_mm, X_test_mm = mm.transform(X_train), mm.transform(X_test)

nm = NearMiss(version=2, n_neighbors=3)
X_under, y_under = nm.fit_resample(X_train_mm, y_train)
print("train before:", np.bincount(y_train), "after NearMiss:", np.bincount(y_under))

rf = RandomForestClassifier(n_estimators=300, max_depth=8, random_state=5)
rf.fit(X_under, y_under)
proba = rf.predict_proba(X_test_mm)[:, 1]
pred = (proba >= 0.5).astype(int)

ref = DummyClassifier(strategy="stratified", random_state=5).fit(X_train_mm, y_train)
ref_pred = ref.predict(X_test_mm)

print(f"balanced accuracy  rf={balanced_accuracy_score(y_test, pred):.3f}  dummy={balanced_accuracy_score(y_test, ref_pred):.3f}")
print(f"recall (churn)     rf={recall_score(y_test, pred):.3f}  dummy={recall_score(y_test, ref_pred):.3f}")
print(f"F1                 rf={f1_score(y_test, pred):.3f}  dummy={f1_score(y_test, ref_pred):.3f}")
print(f"ROC AUC            rf={roc_auc_score(y_test, proba):.3f}")
