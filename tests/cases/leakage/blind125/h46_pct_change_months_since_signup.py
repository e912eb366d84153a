import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

frame = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", frame.shape, "test", test.shape)
print(frame.dtypes)

print(frame["churned_next_month"].value_counts(normalize=True))
print(frame.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(frame.isna().sum().sort_values(ascending=False).head(8))

fig, ax = plt.subplots(figsize=(7, 4))
frame.groupby("tenure_months")["churned_next_month"].mean().plot(ax=ax)
ax.set_title("churn rate by tenure")
fig.savefig("churn_by_tenure.png")

frame = frame.sort_values(["customer_id", "snapshot_month"])
test = test.sort_values(["customer_id", "snapshot_month"])

def months_between(a, b):
    return (a.dt.year - b.dt.year) * 12 + (a.dt.month - b.dt.month)

for part in (frame, test):
    g = part.groupby("customer_id")
    part["charges_pct_change"] = g["monthly_charges"].pct_change()
    part["logins_pct_change"] = g["logins_30d"].pct_change().replace([np.inf, -np.inf], np.nan)
    first_seen = g["snapshot_month"].transform("min")
    part["months_since_first_seen"] = months_between(part["snapshot_month"], first_seen)
    part["signup_cohort_month"] = part["tenure_months"] - part["months_since_first_seen"]
    part["failures_up"] = (g["payment_failures_90d"].diff() > 0).astype(int)

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]

feature_cols = [c for c in frame.columns if c not in DROP]

def to_matrix(frame):
    out = pd.get_dummies(frame[feature_cols], columns=CATS, dtype=float)
    return out

X_all = to_matrix(frame)
X_test = to_matrix(test).reindex(columns=X_all.columns, fill_value=0)

cut = pd.Timestamp("2024-07-01")
early = frame[frame["snapshot_month"] < cut]
late = frame[frame["snapshot_month"] >= cut]
seen = set(early["customer_id"])
late = late[~late["customer_id"].isin(seen)]
print("train rows", len(early), "eval rows", len(late), "eval customers", late["customer_id"].nunique())

y_tr = early["churned_next_month"]
y_va = late["churned_next_month"]
X_tr = X_all.loc[early.index]
X_va = X_all.loc[late.index]

from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.ensemble import HistGradientBoostingClassifier

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = base.predict_proba(X_va)[:, 1]
print("model     ROC AUC %.3f | PR AUC %.3f" % (roc_auc_score(y_va, p_va), average_precision_score(y_va, p_va)))
print("baseline  ROC AUC %.3f | PR AUC %.3f" % (roc_auc_score(y_va, p_base), average_precision_score(y_va, p_base)))

clf.fit(X_all, frame["churned_next_month"])
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
