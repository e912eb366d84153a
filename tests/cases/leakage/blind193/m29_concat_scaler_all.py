#!/usr/bin/env python3
# Churn snapshots -- linear model trained with SGD, scaled features
# NOTE: train and test are scaled together so both live on the same scale.

import numpy as np
import pandas as pd
from sklearn.linear_model import SGDClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

FEATS = [
    "tenure_months",
    "monthly_spend",
    "logins_30d",
    "support_tickets_30d",
    "days_since_last_login",
    "retention_offer_accepted",
]

tr_raw = pd.read_csv("train.csv")
te_raw = pd.read_csv("test.csv")
tr_raw["snapshot_month"] = pd.to_datetime(tr_raw["snapshot_month"])
te_raw["snapshot_month"] = pd.to_datetime(te_raw["snapshot_month"])

both = pd.concat([tr_raw, te_raw], keys=["train", "test"], names=["part", "row"])
both["days_since_last_login"] = both["days_since_last_login"].fillna(both["days_since_last_login"].max())
both = pd.get_dummies(both, columns=["plan", "region"], dtype=float)
dummy_cols = [c for c in both.columns if c.startswith(("plan_", "region_"))]
cols = FEATS + dummy_cols

scaler = StandardScaler()
both[cols] = scaler.fit_transform(both[cols])

train = both.loc["train"].reset_index(drop=True)
test = both.loc["test"].reset_index(drop=True)

# validation: months Jul-Sep of customers never seen in Jan-Jun
early = train[train["snapshot_month"] < "2024-07-01"]
late = train[train["snapshot_month"] >= "2024-07-01"]
late = late[~late["customer_id"].isin(early["customer_id"])]
print("early:", early.shape, "late (new customers):", late.shape)

model = SGDClassifier(loss="log_loss", alpha=1e-4, penalty="elasticnet", l1_ratio=0.15,
                      max_iter=50, tol=1e-4, random_state=0)
model.fit(early[cols], early["churned_next_month"])

p = model.predict_proba(late[cols])[:, 1]
y_late = late["churned_next_month"]
print("ROC AUC :", round(roc_auc_score(y_late, p), 4))
print("PR AUC  :", round(average_precision_score(y_late, p), 4))
for t in (0.1, 0.2, 0.3, 0.5):
    print(f"F1 @ {t:.1f}:", round(f1_score(y_late, p >= t), 4))

# final model on all train rows
model.fit(train[cols], train["churned_next_month"])
pred = model.predict_proba(test[cols])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions; mean =", pred.mean().round(4))
