# Churn take-home - starter model
# predict churned_next_month for the snapshots in test.csv
# test.csv is later months, so I hold out the last months of train.csv to check the model

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train.shape, test.shape)
print(train.head())
print("months:", train["snapshot_month"].min(), "->", train["snapshot_month"].max())
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

# hold out the last 3 months
months = np.sort(train_enc["snapshot_month"].unique())
cut = months[-3]
tr_rows = train_enc[train_enc["snapshot_month"] < cut]
val_rows = train_enc[train_enc["snapshot_month"] >= cut]
# only customers the forest never saw, otherwise it just recognises them
val_rows = val_rows[~val_rows["customer_id"].isin(tr_rows["customer_id"].unique())]

X_train = tr_rows.drop(columns=not_features).fillna(-1)
y_train = tr_rows["churned_next_month"].astype(int)
X_val = val_rows.drop(columns=not_features).fillna(-1)
y_val = val_rows["churned_next_month"].astype(int)
print("train", X_train.shape, "val", X_val.shape, "val churn", y_val.mean())

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

imp = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(15))

X_test = test_enc.drop(columns=not_features).fillna(-1)
X_test = X_test[X_train.columns]
pred = rf.predict_proba(X_test)[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"].values, "prediction": pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(pred))
