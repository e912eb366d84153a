"""Churn snapshots: random forest with an upsampled minority class.

Hold-out = Jul-Sep rows of a customer subset that is excluded from training.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.utils import resample

RNG = 2024
CAT = ["plan_type", "contract_type", "region", "payment_method"]
NUM = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
       "support_calls_30d", "days_since_last_login", "late_payments_90d", "num_products"]


def upsample(frame, target, ratio=3, seed=RNG):
    majority = frame[frame[target] == 0]
    minority = frame[frame[target] == 1]
    minority_up = resample(minority, replace=True, n_samples=len(majority) // ratio, random_state=seed)
    return pd.concat([majority, minority_up]).sample(frac=1.0, random_state=seed)


task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(data[TARGET].value_counts())

# customer-disjoint, time-ordered hold-out
rng = np.random.default_rng(RNG)
customers = data["customer_id"].unique()
holdout_customers = set(rng.choice(customers, size=len(customers) // 4, replace=False))
is_holdout_cust = data["customer_id"].isin(holdout_customers)
train_df = data[~is_holdout_cust & (data["snapshot_month"] <= "2024-06")]
hold_df = data[is_holdout_cust & (data["snapshot_month"] >= "2024-07")]
print(len(train_df), len(hold_df))

train_bal = upsample(train_df, TARGET)
print("training rows after upsampling:", train_bal[TARGET].value_counts().to_dict())

model = make_pipeline(
    make_column_transformer(
        (SimpleImputer(strategy="median"), NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    ),
    RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=RNG),
)
model.fit(train_bal[NUM + CAT], train_bal[TARGET])

dummy = DummyClassifier(strategy="stratified", random_state=RNG).fit(train_df[NUM + CAT], train_df[TARGET])

for name, est in [("dummy", dummy), ("random forest", model)]:
    proba = est.predict_proba(hold_df[NUM + CAT])[:, 1]
    print(f"{name}: ROC AUC={roc_auc_score(hold_df[TARGET], proba):.4f} "
          f"AP={average_precision_score(hold_df[TARGET], proba):.4f}")

print(classification_report(hold_df[TARGET], model.predict(hold_df[NUM + CAT]), digits=3))

# refit on everything and write predictions
full_bal = upsample(data, TARGET)
model.fit(full_bal[NUM + CAT], full_bal[TARGET])
pd.DataFrame({ID: test[ID], "prediction": model.predict_proba(test[NUM + CAT])[:, 1]}).to_csv(
    "predictions.csv", index=False)
