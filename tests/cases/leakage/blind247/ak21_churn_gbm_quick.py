# quick churn model for the take home
# - Jess (junior, first take-home ever, pls be nice)

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

X = train_c[cols].fillna(0)
y = train_c[target]

model = GradientBoostingClassifier(n_estimators=250, max_depth=4, learning_rate=0.05, random_state=7)
model.fit(X, y)

pred = model.predict(X)
proba = model.predict_proba(X)[:, 1]

# baseline = say nobody churns
print("baseline acc (all 0):", accuracy_score(y, np.zeros(len(y))))
print("model acc:", accuracy_score(y, pred))
print("model AUC:", roc_auc_score(y, proba))
print(classification_report(y, pred))
# AUC 0.93, pretty good I think?

fi = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(fi.head(10))

out = pd.DataFrame({"snapshot_id": test["snapshot_id"],
                    "prediction": model.predict_proba(test_c.fillna(0))[:, 1]})
out.to_csv("predictions.csv", index=False)
print("wrote", len(out), "rows")
