"""Churn model: logistic regression, time holdout on new customers."""
import json
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report, confusion_matrix

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]

df = pd.read_csv("train.csv", parse_dates=[TIME]).dropna()
print(df[TIME].value_counts().sort_index())

numeric = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
X_all = pd.get_dummies(df[numeric + ["plan", "region"]], columns=["plan", "region"], dtype=int)
y_all = df[TARGET]

train_rows = df[TIME] < "2024-07-01"
valid_rows = (~train_rows) & (~df[GROUP].isin(df.loc[train_rows, GROUP]))
print("train rows:", train_rows.sum(), "validation rows:", valid_rows.sum())

scaler = StandardScaler()
X_tr = scaler.fit_transform(X_all[train_rows])
X_va = scaler.transform(X_all[valid_rows])
y_tr, y_va = y_all[train_rows], y_all[valid_rows]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("baseline AUC:", round(roc_auc_score(y_va, dummy.predict_proba(X_va)[:, 1]), 4))

logit = LogisticRegression(max_iter=1000, class_weight="balanced")
logit.fit(X_tr, y_tr)
proba = logit.predict_proba(X_va)[:, 1]
print("logit AUC:", round(roc_auc_score(y_va, proba), 4))
print("logit AP :", round(average_precision_score(y_va, proba), 4))
print(confusion_matrix(y_va, logit.predict(X_va)))
print(classification_report(y_va, logit.predict(X_va)))

coef = pd.Series(logit.coef_[0], index=X_all.columns).sort_values()
coef.plot.barh(figsize=(7, 5), title="coefficients (standardised)")
plt.tight_layout()
plt.savefig("coefficients.png")

test = pd.read_csv("test.csv")
T = pd.get_dummies(test[numeric + ["plan", "region"]], columns=["plan", "region"], dtype=int)
T = T.reindex(columns=X_all.columns, fill_value=0).fillna(0)
pd.DataFrame({ID: test[ID], "prediction": logit.predict_proba(scaler.transform(T))[:, 1]}).to_csv("predictions.csv", index=False)
