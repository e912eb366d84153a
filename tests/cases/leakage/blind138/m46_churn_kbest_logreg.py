"""Churn model: pick the best features with SelectKBest, then logistic regression."""
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).dropna()

base_cols = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
             "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
df["tickets_x_failures"] = df["support_tickets_30d"] * df["payment_failures_90d"]
df["inactive"] = (df["days_since_last_login"] > 14).astype(int)
X_all = pd.get_dummies(df[base_cols + ["tickets_x_failures", "inactive", "plan", "region"]],
                       columns=["plan", "region"], dtype=int)
y_all = df["churned_next_month"]

# keep the 8 features with highest mutual information with churn
kbest = SelectKBest(mutual_info_classif, k=8)
kbest.fit(X_all, y_all)
keep = X_all.columns[kbest.get_support()].tolist()
print("kept:", keep)

train_rows = df["snapshot_month"] < "2024-07-01"
valid_rows = (~train_rows) & (~df["customer_id"].isin(df.loc[train_rows, "customer_id"]))

scaler = StandardScaler()
X_tr = scaler.fit_transform(X_all.loc[train_rows, keep])
X_va = scaler.transform(X_all.loc[valid_rows, keep])
y_tr, y_va = y_all[train_rows], y_all[valid_rows]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("dummy AUC :", round(roc_auc_score(y_va, dummy.predict_proba(X_va)[:, 1]), 4))

logit = LogisticRegression(max_iter=1000, class_weight="balanced")
logit.fit(X_tr, y_tr)
proba = logit.predict_proba(X_va)[:, 1]
print("logit AUC :", round(roc_auc_score(y_va, proba), 4))
print(classification_report(y_va, logit.predict(X_va)))

test = pd.read_csv("test.csv")
test["tickets_x_failures"] = test["support_tickets_30d"] * test["payment_failures_90d"]
test["inactive"] = (test["days_since_last_login"] > 14).astype(int)
T = pd.get_dummies(test, columns=["plan", "region"], dtype=int).reindex(columns=keep, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": logit.predict_proba(scaler.transform(T))[:, 1]}).to_csv("predictions.csv", index=False)
