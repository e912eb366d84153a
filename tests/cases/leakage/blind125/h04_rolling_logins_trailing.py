import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

snaps = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", snaps.shape, "test", test.shape)
print(snaps.dtypes)

print(snaps["churned_next_month"].value_counts(normalize=True))
print(snaps.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(snaps.isna().sum().sort_values(ascending=False).head(8))

fig, ax = plt.subplots(figsize=(7, 4))
snaps.groupby("tenure_months")["churned_next_month"].mean().plot(ax=ax)
ax.set_title("churn rate by tenure")
fig.savefig("churn_by_tenure.png")

# smoothed activity per customer (trailing window)
snaps = snaps.sort_values(["customer_id", "snapshot_month"])
test = test.sort_values(["customer_id", "snapshot_month"])
for frame in (snaps, test):
    grp = frame.groupby("customer_id")
    frame["logins_smooth3"] = grp["logins_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["tickets_smooth3"] = grp["support_tickets_30d"].transform(lambda s: s.rolling(3, min_periods=1).mean())
    frame["logins_vs_smooth"] = frame["logins_30d"] - frame["logins_smooth3"]
    frame["months_since_signup"] = frame["tenure_months"]
print(snaps[["customer_id", "snapshot_month", "logins_30d", "logins_smooth3"]].head(10))

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]

feature_cols = [c for c in snaps.columns if c not in DROP]

def to_matrix(frame):
    out = pd.get_dummies(frame[feature_cols], columns=CATS, dtype=float)
    return out

X_all = to_matrix(snaps)
X_test = to_matrix(test).reindex(columns=X_all.columns, fill_value=0)

cut = pd.Timestamp("2024-07-01")
early = snaps[snaps["snapshot_month"] < cut]
late = snaps[snaps["snapshot_month"] >= cut]
seen = set(early["customer_id"])
late = late[~late["customer_id"].isin(seen)]
print("train rows", len(early), "eval rows", len(late), "eval customers", late["customer_id"].nunique())

y_tr = early["churned_next_month"]
y_va = late["churned_next_month"]
X_tr = X_all.loc[early.index]
X_va = X_all.loc[late.index]

from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.ensemble import RandomForestClassifier

clf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample", n_jobs=-1, random_state=1)
clf.fit(X_tr.fillna(0), y_tr)
p_va = clf.predict_proba(X_va.fillna(0))[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr.fillna(0), y_tr)
p_base = base.predict_proba(X_va.fillna(0))[:, 1]
print("model     ROC AUC %.3f | PR AUC %.3f" % (roc_auc_score(y_va, p_va), average_precision_score(y_va, p_va)))
print("baseline  ROC AUC %.3f | PR AUC %.3f" % (roc_auc_score(y_va, p_base), average_precision_score(y_va, p_base)))

clf.fit(X_all.fillna(0), snaps["churned_next_month"])
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(X_test.fillna(0))[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
