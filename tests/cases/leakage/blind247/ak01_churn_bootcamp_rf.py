# Churn take home - capstone style
# Priya S. (data science bootcamp, cohort 14)
# goal: predict churned_next_month for each snapshot in test.csv

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report, confusion_matrix

import warnings
warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df.head())
print(df.info())
print(df.isnull().sum())
print("churn rate:")
print(df["churned_next_month"].value_counts(normalize=True))

# ---- EDA ----
sns.countplot(x="plan", hue="churned_next_month", data=df)
plt.title("churn by plan")
plt.show()

print(df.groupby("plan")["monthly_charges"].mean())
print(df.groupby("churned_next_month")[["logins_30d", "support_tickets_30d"]].mean())

# retention offer + closed date only get filled once the customer is already leaving
# (data dictionary says so) so they go
drop_cols = ["snapshot_id", "customer_id", "retention_offer_accepted",
             "account_closed_date_known", "churned_next_month", "snapshot_month"]

cat_cols = ["plan", "payment_method", "region"]


def prep(d):
    d = d.copy()
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    d["month_num"] = d["snapshot_month"].dt.month
    d["charges_per_tenure"] = d["monthly_charges"] / (d["tenure_months"] + 1)
    d["low_logins"] = (d["logins_30d"] < 3).astype(int)
    d = pd.get_dummies(d, columns=cat_cols, drop_first=True)
    d = d.fillna(0)
    return d


df2 = prep(df)
test2 = prep(test)

X = df2.drop(columns=drop_cols)
y = df2["churned_next_month"]
test2 = test2.reindex(columns=X.columns, fill_value=0)
print(X.shape)
print(X.columns.tolist())

# split 80/20, stratify because churn is rare
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=42, stratify=y
)
print(X_train.shape, X_test.shape)
print(y_train.mean(), y_test.mean())

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

# baseline first
dummy = DummyClassifier(strategy="prior")
dummy.fit(X_train_s, y_train)
print("dummy AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test_s)[:, 1]))

rf = RandomForestClassifier(n_estimators=300, max_depth=8, class_weight="balanced",
                            random_state=42, n_jobs=-1)
rf.fit(X_train_s, y_train)
p = rf.predict_proba(X_test_s)[:, 1]
print("RF AUC:", roc_auc_score(y_test, p))
print(classification_report(y_test, rf.predict(X_test_s)))
print(confusion_matrix(y_test, rf.predict(X_test_s)))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15))
imp.head(15).plot(kind="barh")
plt.show()

# ---- submission ----
preds = rf.predict_proba(scaler.transform(test2))[:, 1]
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
print("done!!")
