import json
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print("train", data.shape, "test", test.shape)
print(data.dtypes)

print(data["churned_next_month"].value_counts(normalize=True))
print(data.groupby("snapshot_month")["churned_next_month"].mean().round(3))
print(data.isna().sum().sort_values(ascending=False).head(8))

fig, ax = plt.subplots(figsize=(7, 4))
data.groupby("tenure_months")["churned_next_month"].mean().plot(ax=ax)
ax.set_title("churn rate by tenure")
fig.savefig("churn_by_tenure.png")

# a few customers have gaps in the activity feed
print(data["logins_30d"].isna().mean(), data["support_tickets_30d"].isna().mean())
data = data.sort_values(["customer_id", "snapshot_month"])
test = test.sort_values(["customer_id", "snapshot_month"])
for frame in (data, test):
    for col in ["logins_30d", "support_tickets_30d"]:
        frame[col] = frame.groupby("customer_id")[col].bfill()
        frame[col] = frame[col].fillna(0)
    frame["logins_lag1"] = frame.groupby("customer_id")["logins_30d"].shift(1)
    frame["logins_drop"] = frame["logins_lag1"] - frame["logins_30d"]
    frame["failures_lag1"] = frame.groupby("customer_id")["payment_failures_90d"].shift(1)

CATS = ["plan", "region", "contract_type", "payment_method"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", "churned_next_month", "retention_offer_accepted", "account_closed_date_known"]

feature_cols = [c for c in data.columns if c not in DROP]

def to_matrix(frame):
    out = pd.get_dummies(frame[feature_cols], columns=CATS, dtype=float)
    return out

X_all = to_matrix(data)
X_test = to_matrix(test).reindex(columns=X_all.columns, fill_value=0)

cut = pd.Timestamp("2024-07-01")
rng = np.random.RandomState(42)
all_customers = data["customer_id"].unique()
hold_customers = set(rng.choice(all_customers, size=int(0.3 * len(all_customers)), replace=False))

train_part = data[(data["snapshot_month"] < cut) & ~data["customer_id"].isin(hold_customers)]
valid_part = data[(data["snapshot_month"] >= cut) & data["customer_id"].isin(hold_customers)]
print(len(train_part), len(valid_part), valid_part["churned_next_month"].mean())

y_tr = train_part["churned_next_month"]
y_va = valid_part["churned_next_month"]
X_tr = X_all.loc[train_part.index]
X_va = X_all.loc[valid_part.index]

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

clf.fit(X_all, data["churned_next_month"])
sub = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": clf.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub["prediction"].describe())
