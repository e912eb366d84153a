# Churn take home - capstone style
# Dimitri K. (data science bootcamp, cohort 14)
# goal: predict churned_next_month for each snapshot in test.csv

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
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

# test.csv is later months, so validate the same way: last 3 months out.
# and customers show up every month so a customer already in the train months
# would be "known" -> keep only customers the model never saw
months = np.sort(df2["snapshot_month"].unique())
cutoff = months[-3]
print("cutoff:", cutoff)
tr = df2[df2["snapshot_month"] < cutoff]
te = df2[df2["snapshot_month"] >= cutoff]
te = te[~te["customer_id"].isin(tr["customer_id"])]
print(tr.shape, te.shape)

X_train = tr.drop(columns=drop_cols)
y_train = tr["churned_next_month"]
X_test = te.drop(columns=drop_cols)
y_test = te["churned_next_month"]
test2 = test2.reindex(columns=X_train.columns, fill_value=0)
print(X_train.columns.tolist())
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

imp = pd.Series(rf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print(imp.head(15))
imp.head(15).plot(kind="barh")
plt.show()

# ---- submission ----
preds = rf.predict_proba(scaler.transform(test2))[:, 1]
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": preds})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
print("done!!")
