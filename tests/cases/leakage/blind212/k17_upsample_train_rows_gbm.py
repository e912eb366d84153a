# Churn prediction - take home
# Only ~5% of snapshots churn next month, so I upsample the churners so the
# boosting model actually pays attention to them.

import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, classification_report

RANDOM_STATE = 2024
UPSAMPLE_FACTOR = 4

data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("rows:", len(data), "customers:", data["customer_id"].nunique())
print("churn rate:", data["churned_next_month"].mean())

feature_cols = [
    "monthly_charges",
    "tenure_months",
    "usage_hours",
    "support_tickets",
    "payment_failures",
]

# ----- simple prep -----
for frame in (data, test):
    frame[feature_cols] = frame[feature_cols].fillna(-1)
    frame["plan_code"] = frame["plan"].map({"basic": 0, "standard": 1, "premium": 2, "family": 3}).fillna(-1)
    frame["month"] = frame["snapshot_month"].astype(str).str[:7]

feature_cols = feature_cols + ["plan_code"]

# ----- split: first six months to train, Jul-Sep new customers to validate -----
train_part = data[data["month"] <= "2024-06"]
valid_part = data[data["month"] >= "2024-07"]
valid_part = valid_part[~valid_part["customer_id"].isin(train_part["customer_id"])]

# ----- balance the classes (training rows only) -----
def upsample(frame, factor, seed):
    churners = frame[frame["churned_next_month"] == 1]
    extra = churners.sample(n=len(churners) * (factor - 1), replace=True, random_state=seed)
    return pd.concat([frame, extra], ignore_index=True)

train_part = upsample(train_part, UPSAMPLE_FACTOR, RANDOM_STATE)
print("train after upsampling:", len(train_part), "churn rate:", round(train_part["churned_next_month"].mean(), 3))

X_train = train_part[feature_cols]
y_train = train_part["churned_next_month"]
X_valid = valid_part[feature_cols]
y_valid = valid_part["churned_next_month"]
print(X_train.shape, X_valid.shape)

gbm = GradientBoostingClassifier(
    n_estimators=300,
    learning_rate=0.05,
    max_depth=3,
    subsample=0.8,
    random_state=RANDOM_STATE,
)
gbm.fit(X_train, y_train)

baseline = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE)
baseline.fit(X_train, y_train)

probs = gbm.predict_proba(X_valid)[:, 1]
preds = (probs >= 0.5).astype(int)
base_probs = baseline.predict_proba(X_valid)[:, 1]

print("---- validation ----")
print("baseline AUC:", round(roc_auc_score(y_valid, base_probs), 4))
print("baseline F1 :", round(f1_score(y_valid, baseline.predict(X_valid)), 4))
print("GBM AUC     :", round(roc_auc_score(y_valid, probs), 4))
print("GBM PR-AUC  :", round(average_precision_score(y_valid, probs), 4))
print("GBM F1      :", round(f1_score(y_valid, preds), 4))
print(classification_report(y_valid, preds))

importances = sorted(zip(gbm.feature_importances_, feature_cols), reverse=True)
for imp, name in importances:
    print(f"  {name:20s} {imp:.3f}")

# ----- final model -----
data_bal = upsample(data, UPSAMPLE_FACTOR, RANDOM_STATE)
gbm.fit(data_bal[feature_cols], data_bal["churned_next_month"])
test["prediction"] = gbm.predict_proba(test[feature_cols])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(test), "predictions")
