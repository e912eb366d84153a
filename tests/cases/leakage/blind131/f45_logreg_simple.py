# Simple, explainable churn model: logistic regression on a handful of snapshot columns.
import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

COLS = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
        "support_tickets_30d", "payment_failures_90d"]

data = pd.read_csv("train.csv")
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
print(data[COLS + ["churned_next_month"]].describe().T)

data["days_since_last_login"] = data["days_since_last_login"].fillna(60)
data["is_premium"] = (data["plan"] == "premium").astype(int)
data["is_basic"] = (data["plan"] == "basic").astype(int)
data["discount"] = data["has_discount"].astype(int)
COLS = COLS + ["is_premium", "is_basic", "discount"]

# training: Jan-Jun; validation: Jul-Sep, keeping only customers that never appear in training
tr = data.loc[data.snapshot_month <= "2024-06-01"]
va = data.loc[data.snapshot_month > "2024-06-01"]
va = va.loc[~va.customer_id.isin(set(tr.customer_id))]
print("train rows:", len(tr), "validation rows:", len(va))

sc = StandardScaler().fit(tr[COLS])
Xtr = sc.transform(tr[COLS])
Xva = sc.transform(va[COLS])

logit = LogisticRegression(class_weight="balanced", max_iter=1000)
logit.fit(Xtr, tr.churned_next_month)

print("train accuracy:", round(logit.score(Xtr, tr.churned_next_month), 4))
print("validation accuracy:", round(logit.score(Xva, va.churned_next_month), 4))

odds = pd.Series(np.exp(logit.coef_[0]), index=COLS).sort_values()
print("odds ratio per 1 sd:")
print(odds.round(3))

test = pd.read_csv("test.csv")
test["days_since_last_login"] = test["days_since_last_login"].fillna(60)
test["is_premium"] = (test["plan"] == "premium").astype(int)
test["is_basic"] = (test["plan"] == "basic").astype(int)
test["discount"] = test["has_discount"].astype(int)
pred = logit.predict_proba(sc.transform(test[COLS]))[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
