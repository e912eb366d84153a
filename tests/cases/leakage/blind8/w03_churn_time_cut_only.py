# churn take-home -- logistic regression baseline-and-model
# validation = last two months of train.csv (test.csv holds the months after those)
import pandas as pd
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score

target = "churned_next_month"
num = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
cat = ["plan", "region", "contract_type"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

print(train.shape)
print(train.dtypes)
print(train[target].value_counts())
print(train.snapshot_month.min(), train.snapshot_month.max())
print(test.snapshot_month.min(), test.snapshot_month.max())

# quick look at a few signals
for c in ["payment_failures", "support_tickets_90d"]:
    print(train.groupby(pd.cut(train[c], [-1, 0, 1, 3, 100]))[target].mean())

# charges per month of tenure, row-wise so no leakage concern
for d in (train, test):
    d["charge_per_tenure"] = d["monthly_charges"] / (d["tenure_months"] + 1)
num = num + ["charge_per_tenure"]

cut = pd.Timestamp("2024-05-01")
tr = train[train.snapshot_month < cut]
va = train[train.snapshot_month >= cut]
print("train", tr.shape, "valid", va.shape)
print("valid customers also in train:", va.customer_id.isin(tr.customer_id).mean())

pre = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    (OneHotEncoder(handle_unknown="ignore"), cat),
)
model = make_pipeline(pre, LogisticRegression(max_iter=3000, C=0.3))
model.fit(tr[num + cat], tr[target])
p = model.predict_proba(va[num + cat])[:, 1]

# baseline: every snapshot gets the training churn rate
prior = np.full(len(va), tr[target].mean())
print("baseline (prior)  auc %.3f  ap %.3f" % (roc_auc_score(va[target], prior), average_precision_score(va[target], prior)))
print("logreg            auc %.3f  ap %.3f" % (roc_auc_score(va[target], p), average_precision_score(va[target], p)))

# lift in the top decile of scores
va = va.assign(score=p)
top = va.nlargest(len(va) // 10, "score")
print("churn rate top decile:", top[target].mean(), "overall:", va[target].mean())

# refit on everything for the submission
model.fit(train[num + cat], train[target])
out = pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": model.predict_proba(test[num + cat])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
