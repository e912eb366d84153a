import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report

TARGET = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.dropna()

# churn rate per plan and per region as numeric features (instead of one-hot)
df["plan_churn_rate"] = df.groupby("plan")[TARGET].transform("mean")
df["region_churn_rate"] = df.groupby("region")[TARGET].transform("mean")
print(df.groupby("plan")[TARGET].mean())

df["charges_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "charges_per_tenure", "plan_churn_rate", "region_churn_rate"]

# months Jan-Jun for training, Jul-Sep for validation, new customers only
train = df[df["snapshot_month"] < "2024-07-01"]
valid = df[(df["snapshot_month"] >= "2024-07-01") & (~df["customer_id"].isin(train["customer_id"]))]

scaler = StandardScaler().fit(train[features])
Xtr = scaler.transform(train[features])
Xva = scaler.transform(valid[features])

dummy = DummyClassifier(strategy="prior").fit(Xtr, train[TARGET])
print("baseline AUC:", roc_auc_score(valid[TARGET], dummy.predict_proba(Xva)[:, 1]))

clf = LogisticRegression(max_iter=1000, class_weight="balanced")
clf.fit(Xtr, train[TARGET])
pva = clf.predict_proba(Xva)[:, 1]
print("logreg AUC:", roc_auc_score(valid[TARGET], pva))
print(classification_report(valid[TARGET], clf.predict(Xva)))

for f, c in sorted(zip(features, clf.coef_[0]), key=lambda t: abs(t[1]), reverse=True):
    print(f"{f:22s} {c:+.3f}")

test = pd.read_csv("test.csv")
test["plan_churn_rate"] = test["plan"].map(df.groupby("plan")[TARGET].mean())
test["region_churn_rate"] = test["region"].map(df.groupby("region")[TARGET].mean())
test["charges_per_tenure"] = test["monthly_charges"] / (test["tenure_months"] + 1)
test_X = scaler.transform(test[features].fillna(df[TARGET].mean()))
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": clf.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
