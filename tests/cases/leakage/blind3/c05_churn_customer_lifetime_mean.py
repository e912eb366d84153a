import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])

# customer-level behaviour profile
df["avg_tickets"] = df.groupby("customer_id")["support_tickets"].transform("mean")
df["max_days_since_login"] = df.groupby("customer_id")["days_since_login"].transform("max")

cut = pd.Timestamp("2024-07-01")
train = df[df["snapshot_month"] < cut]
test = df[df["snapshot_month"] >= cut]
test = test[~test["customer_id"].isin(set(train["customer_id"]))]

feats = ["monthly_charges", "num_products", "avg_tickets", "max_days_since_login"]
rf = RandomForestClassifier(n_estimators=200, random_state=1).fit(train[feats], train["churned"])
base = DummyClassifier(strategy="prior").fit(train[feats], train["churned"])
print("RF AUC", roc_auc_score(test["churned"], rf.predict_proba(test[feats])[:, 1]))
print("baseline AUC", roc_auc_score(test["churned"], base.predict_proba(test[feats])[:, 1]))
