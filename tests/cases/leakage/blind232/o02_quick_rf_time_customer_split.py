# churn take-home - random forest, validated the way test.csv looks
# (test.csv = later months, customers we have never seen)

import json
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, classification_report, average_precision_score

SEED = 42

task = json.load(open("task.json"))
print("task:", task.get("name", "?"))

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train["churned_next_month"].value_counts(normalize=True))

# --- basic cleaning ----------------------------------------------------------
def clean(df):
    df = df.copy()
    df["monthly_charges"] = df["monthly_charges"].clip(lower=0)
    df["usage_hours"] = df["usage_hours"].fillna(0)
    df["support_tickets"] = df["support_tickets"].fillna(0).astype(int)
    df["payment_failures"] = df["payment_failures"].fillna(0).astype(int)
    df["tenure_months"] = df["tenure_months"].fillna(0)
    df["month"] = pd.to_datetime(df["snapshot_month"])
    return df

train = clean(train)
test = clean(test)

train = pd.get_dummies(train, columns=["plan"], prefix="plan")
test = pd.get_dummies(test, columns=["plan"], prefix="plan")
test = test.reindex(columns=[c for c in train.columns if c != "churned_next_month"], fill_value=0)

DROP = [
    "snapshot_id",
    "customer_id",
    "snapshot_month",
    "month",
    "churned_next_month",
    "retention_offer_accepted",
    "account_closed_date_known",
]
features = [c for c in train.columns if c not in DROP]
print("n features:", len(features))

# --- validation split: Jan-Jun -> Jul-Sep, new customers only ------------------
cutoff = pd.Timestamp("2024-07-01")
tr = train[train["month"] < cutoff]
va = train[train["month"] >= cutoff]
seen = set(tr["customer_id"])
va = va[~va["customer_id"].isin(seen)]
print("train rows", len(tr), "val rows", len(va), "val customers", va["customer_id"].nunique())

X_train, y_train = tr[features], tr["churned_next_month"]
X_val, y_val = va[features], va["churned_next_month"]

# --- baseline -------------------------------------------------------------------
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_val)[:, 1]
print("baseline ROC AUC:", round(roc_auc_score(y_val, dummy_proba), 4))
print("baseline PR AUC :", round(average_precision_score(y_val, dummy_proba), 4))

# --- model --------------------------------------------------------------------
rf = RandomForestClassifier(
    n_estimators=400,
    min_samples_leaf=5,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=SEED,
)
rf.fit(X_train, y_train)

val_proba = rf.predict_proba(X_val)[:, 1]
val_pred = (val_proba >= 0.5).astype(int)

print("RF ROC AUC :", round(roc_auc_score(y_val, val_proba), 4))
print("RF PR AUC  :", round(average_precision_score(y_val, val_proba), 4))
print(classification_report(y_val, val_pred, digits=3))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# --- final fit on everything we have + predictions -------------------------------
final_rf = RandomForestClassifier(
    n_estimators=400, min_samples_leaf=5, class_weight="balanced_subsample",
    n_jobs=-1, random_state=SEED,
)
final_rf.fit(train[features], train["churned_next_month"])
test["churn_probability"] = final_rf.predict_proba(test[features])[:, 1]
test[["snapshot_id", "churn_probability"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
