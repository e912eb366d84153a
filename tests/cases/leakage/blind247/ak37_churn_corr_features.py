# Churn take-home
# Anna P. -- junior data analyst moving into DS
# too many dummy columns -> keep only the ones that correlate with churn

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

TARGET = "churned_next_month"
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df.dtypes)

# not usable: after-the-fact columns + ids
df = df.drop(columns=["retention_offer_accepted", "account_closed_date_known", "snapshot_id"])

df["charges_x_tickets"] = df["monthly_charges"] * df["support_tickets_30d"]
df["new_customer"] = (df["tenure_months"] <= 3).astype(int)
df = pd.get_dummies(df, columns=["plan", "payment_method", "region", "contract_type"], dtype=int)
df = df.fillna(0)

candidates = [c for c in df.columns if c not in [TARGET, "customer_id", "snapshot_month"]]
print(len(candidates), "candidate features")

# correlation with churn
corr = df[candidates + [TARGET]].corr()[TARGET].drop(TARGET).abs().sort_values(ascending=False)
print(corr)
plt.figure(figsize=(6, 10))
sns.barplot(x=corr.values, y=corr.index)
plt.show()

selected = corr[corr > 0.03].index.tolist()
print("keeping", len(selected), selected)

# time based holdout, new customers only
cutoff = df["snapshot_month"].quantile(0.8)
train = df[df["snapshot_month"] <= cutoff]
holdout = df[df["snapshot_month"] > cutoff]
holdout = holdout[~holdout["customer_id"].isin(train["customer_id"])]
print(train.shape, holdout.shape)

sc = StandardScaler().fit(train[selected])
Xtr = sc.transform(train[selected])
Xho = sc.transform(holdout[selected])
ytr, yho = train[TARGET], holdout[TARGET]

dummy = DummyClassifier(strategy="prior").fit(Xtr, ytr)
print("dummy AUC", roc_auc_score(yho, dummy.predict_proba(Xho)[:, 1]))

lr = LogisticRegression(max_iter=500, class_weight="balanced")
lr.fit(Xtr, ytr)
ph = lr.predict_proba(Xho)[:, 1]
print("LR AUC", roc_auc_score(yho, ph))
print("LR F1 ", f1_score(yho, ph > 0.5))
print(classification_report(yho, ph > 0.5))

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["charges_x_tickets"] = test["monthly_charges"] * test["support_tickets_30d"]
test["new_customer"] = (test["tenure_months"] <= 3).astype(int)
test_d = pd.get_dummies(test, columns=["plan", "payment_method", "region", "contract_type"], dtype=int)
test_d = test_d.reindex(columns=selected, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": lr.predict_proba(sc.transform(test_d))[:, 1]}).to_csv("predictions.csv", index=False)
