"""Urgent-ticket classifier.

Class imbalance (~7% urgent) is handled with SMOTE, then a random forest.
Metrics: accuracy, F1 for the urgent class, ROC AUC; compared with a stratified dummy.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

SEED = 13

df = pd.read_csv("train.csv", parse_dates=["created_at"])
df["hour"] = df["created_at"].dt.hour
df["weekday"] = df["created_at"].dt.dayofweek
df["subject_alarm"] = df["subject"].fillna("").str.contains("down|outage|urgent|asap|critical", case=False).astype(int)
for col in ["account_seats", "body_length", "n_attachments"]:
    df[col] = df[col].fillna(0)

X = pd.get_dummies(
    df[["channel", "product_area", "customer_tier", "account_seats", "body_length", "n_attachments",
        "has_error_code", "hour", "weekday", "subject_alarm"]],
    columns=["channel", "product_area", "customer_tier"], dtype=int,
)
y = df["is_urgent"]
print("urgent share before SMOTE:", round(y.mean(), 3))

X_res, y_res = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X, y)
print("after SMOTE:", X_res.shape, round(y_res.mean(), 3))

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.25, stratify=y_res, random_state=SEED)

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=SEED)
rf.fit(X_train, y_train)
dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)

for name, model in [("dummy", dummy), ("random forest", rf)]:
    pred = model.predict(X_test)
    proba = model.predict_proba(X_test)[:, 1]
    print(f"{name:14s} acc={accuracy_score(y_test, pred):.3f}  f1={f1_score(y_test, pred):.3f}  "
          f"auc={roc_auc_score(y_test, proba):.3f}")

rf.fit(X_res, y_res)
test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["hour"] = test["created_at"].dt.hour
test["weekday"] = test["created_at"].dt.dayofweek
test["subject_alarm"] = test["subject"].fillna("").str.contains("down|outage|urgent|asap|critical", case=False).astype(int)
for col in ["account_seats", "body_length", "n_attachments"]:
    test[col] = test[col].fillna(0)
X_test_final = pd.get_dummies(
    test[["channel", "product_area", "customer_tier", "account_seats", "body_length", "n_attachments",
          "has_error_code", "hour", "weekday", "subject_alarm"]],
    columns=["channel", "product_area", "customer_tier"], dtype=int,
).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": rf.predict_proba(X_test_final)[:, 1]}).to_csv("predictions.csv", index=False)
