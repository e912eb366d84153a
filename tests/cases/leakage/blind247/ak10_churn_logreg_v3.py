# churn_model_v3.py
# Junior analyst take-home -- Hana
# v2 used everything in the file, v3 removes the columns that only get filled after churn

import pandas as pd
import numpy as np
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "churned_next_month"

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub_df = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(raw.shape)
print(raw.snapshot_month.min(), raw.snapshot_month.max())
print(sub_df.snapshot_month.min(), sub_df.snapshot_month.max())
print(raw[TARGET].mean())

# quick look
for c in ["plan", "payment_method", "region", "contract_type"]:
    print(raw.groupby(c)[TARGET].mean().round(3))
    print("-" * 20)

# lag features (previous month, same customer)
raw = raw.sort_values(["customer_id", "snapshot_month"])
raw["logins_prev"] = raw.groupby("customer_id")["logins_30d"].shift(1)
raw["tickets_prev"] = raw.groupby("customer_id")["support_tickets_30d"].shift(1)
raw[["logins_prev", "tickets_prev"]] = raw[["logins_prev", "tickets_prev"]].fillna(0)

data = pd.get_dummies(raw, columns=["plan", "payment_method", "region", "contract_type"])
data = data.fillna(0)

# retention_offer_accepted had a suspiciously huge coef in v2 -> the offer is only
# made once someone calls to cancel. account_closed_date_known same story. out.
after_the_fact = ["retention_offer_accepted", "account_closed_date_known"]
features = [c for c in data.columns
            if c not in [TARGET, "snapshot_id", "customer_id", "snapshot_month"] + after_the_fact]
print(len(features), "features")
print(features)

# time split: last 2 months = validation, new customers only
cutoff = data["snapshot_month"].max() - pd.DateOffset(months=1)
train_part = data[data["snapshot_month"] < cutoff]
valid_part = data[data["snapshot_month"] >= cutoff]
seen = set(train_part["customer_id"])
valid_part = valid_part[~valid_part["customer_id"].isin(seen)]
print("train", train_part.shape, "valid", valid_part.shape)

X_tr, y_tr = train_part[features], train_part[TARGET]
X_va, y_va = valid_part[features], valid_part[TARGET]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
print("dummy auc", roc_auc_score(y_va, dummy.predict_proba(X_va)[:, 1]))

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, class_weight="balanced"))
model.fit(X_tr, y_tr)
proba = model.predict_proba(X_va)[:, 1]
print("logreg auc", roc_auc_score(y_va, proba))
print("logreg AP", average_precision_score(y_va, proba))
print("recall@0.5", recall_score(y_va, proba > 0.5))

coefs = pd.Series(model[-1].coef_[0], index=features).sort_values()
print(coefs.tail(10))
print(coefs.head(10))

# predictions for the real test file
sub_df = sub_df.sort_values(["customer_id", "snapshot_month"])
sub_df["logins_prev"] = sub_df.groupby("customer_id")["logins_30d"].shift(1).fillna(0)
sub_df["tickets_prev"] = sub_df.groupby("customer_id")["support_tickets_30d"].shift(1).fillna(0)
sub_X = pd.get_dummies(sub_df, columns=["plan", "payment_method", "region", "contract_type"])
sub_X = sub_X.reindex(columns=features, fill_value=0).fillna(0)
out = pd.DataFrame({"snapshot_id": sub_df["snapshot_id"], "prediction": model.predict_proba(sub_X)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
