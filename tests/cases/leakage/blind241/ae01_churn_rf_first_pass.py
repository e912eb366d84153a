# Churn take-home - first pass
# predict churned_next_month for the snapshots in test.csv
# plan: random forest with class weights, check AUC, write predictions

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape, test.shape)
print(train.head())
print(train.dtypes)
print("churn rate:", train["churned_next_month"].mean())
print(train.isna().sum().sort_values(ascending=False).head(10))

# these two only get filled after the customer has already decided / left, can't use them
not_features = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
                "retention_offer_accepted", "account_closed_date_known"]

cat_cols = ["plan", "payment_method", "region"]
full = pd.concat([train, test], keys=["tr", "te"])
full = pd.get_dummies(full, columns=cat_cols, dummy_na=True)
train_enc = full.xs("tr")
test_enc = full.xs("te")

X = train_enc.drop(columns=not_features).fillna(-1)
y = train_enc["churned_next_month"].astype(int)

X_train, X_val, y_train, y_val = train_test_split(
    X, y, test_size=0.2, random_state=42, stratify=y
)
print("train", X_train.shape, "val", X_val.shape)

# something to compare against
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy AUC:", roc_auc_score(y_val, dummy.predict_proba(X_val)[:, 1]))
print("dummy AP:", average_precision_score(y_val, dummy.predict_proba(X_val)[:, 1]))

rf = RandomForestClassifier(
    n_estimators=300,
    min_samples_leaf=5,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=42,
)
rf.fit(X_train, y_train)
val_proba = rf.predict_proba(X_val)[:, 1]
print("RF AUC:", roc_auc_score(y_val, val_proba))
print("RF AP:", average_precision_score(y_val, val_proba))
print(classification_report(y_val, (val_proba > 0.5).astype(int)))

# importances just to sanity check
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))

X_test = test_enc.drop(columns=not_features).fillna(-1)
X_test = X_test[X.columns]
pred = rf.predict_proba(X_test)[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"].values, "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
