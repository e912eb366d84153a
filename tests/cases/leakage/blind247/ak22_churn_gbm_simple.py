# quick churn model for the take home
# - Noor (junior, first take-home ever, pls be nice)

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.describe())
print(train.isna().sum())

target = "churned_next_month"
print("churn %:", train[target].mean() * 100)

# columns I'm not using
# - ids
# - retention_offer_accepted / account_closed_date_known -> only known after they churn
skip = ["snapshot_id", "customer_id", "snapshot_month", target,
        "retention_offer_accepted", "account_closed_date_known"]

def clean(d):
    d = d.copy()
    d["total_charges"] = pd.to_numeric(d["total_charges"], errors="coerce")
    d["total_charges"] = d["total_charges"].fillna(0)
    d["avg_charge"] = d["total_charges"] / d["tenure_months"].clip(lower=1)
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d = pd.get_dummies(d, columns=["plan", "payment_method", "region", "contract_type"])
    return d

train_c = clean(train)
test_c = clean(test)

cols = [c for c in train_c.columns if c not in skip]
test_c = test_c.reindex(columns=cols, fill_value=0)
print(cols)

# hold out the last 2 months (test.csv is the months after train.csv),
# and only customers that are not in the earlier months at all
train_c["snapshot_month"] = pd.to_datetime(train_c["snapshot_month"])
cut = train_c["snapshot_month"].max() - pd.DateOffset(months=1)
early = train_c[train_c["snapshot_month"] < cut]
late = train_c[(train_c["snapshot_month"] >= cut) & (~train_c["customer_id"].isin(early["customer_id"]))]
print("early", early.shape, "late", late.shape)

X_early, y_early = early[cols].fillna(0), early[target]
X_late, y_late = late[cols].fillna(0), late[target]

model = GradientBoostingClassifier(n_estimators=250, max_depth=4, learning_rate=0.05, random_state=7)
model.fit(X_early, y_early)

pred = model.predict(X_late)
proba = model.predict_proba(X_late)[:, 1]

# baseline = say nobody churns
print("baseline acc (all 0):", accuracy_score(y_late, np.zeros(len(y_late))))
print("model acc:", accuracy_score(y_late, pred))
print("model AUC:", roc_auc_score(y_late, proba))
print(classification_report(y_late, pred))

fi = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(fi.head(10))

# final model on all of train.csv for the submission
X = train_c[cols].fillna(0)
y = train_c[target]
model = GradientBoostingClassifier(n_estimators=250, max_depth=4, learning_rate=0.05, random_state=7)
model.fit(X, y)
print("train AUC (all data, just curious):", roc_auc_score(y, model.predict_proba(X)[:, 1]))

out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": model.predict_proba(test_c.fillna(0))[:, 1]})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "rows")
