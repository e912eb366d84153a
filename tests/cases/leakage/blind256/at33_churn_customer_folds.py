"""Churn - random forest with customer-level cross-validation.

Each customer has many monthly rows. If rows of one customer are spread over
train and validation folds, the forest recognises the customer and the score
is inflated. GroupKFold on customer_id keeps every customer in one fold.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OrdinalEncoder
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate

TARGET = "churned_next_month"
CAT = ["plan", "contract_type", "payment_method", "region"]
NUM = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
       "data_usage_gb", "late_payments_90d"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(f"{len(df)} rows, {df.customer_id.nunique()} customers, churn {df[TARGET].mean():.3%}")

# how many months per customer, churn by plan
fig, axes = plt.subplots(1, 2, figsize=(11, 3.5))
df.groupby("customer_id").size().value_counts().sort_index().plot.bar(ax=axes[0], title="months per customer")
df.groupby("plan")[TARGET].mean().plot.bar(ax=axes[1], title="churn by plan")
plt.tight_layout()
plt.savefig("eda.png")

X, y = df[CAT + NUM], df[TARGET]

forest = make_pipeline(
    make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT),
        remainder="passthrough"),
    RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features="sqrt",
                           class_weight="balanced_subsample", n_jobs=-1, random_state=8),
)

cv = GroupKFold(n_splits=5)
scoring = {"auc": "roc_auc", "ap": "average_precision"}
rf_res = cross_validate(forest, X, y, groups=df["customer_id"], cv=cv, scoring=scoring)
base_res = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=df["customer_id"], cv=cv,
                          scoring=scoring)

summary = pd.DataFrame({
    "baseline AUC": base_res["test_auc"], "baseline AP": base_res["test_ap"],
    "forest AUC": rf_res["test_auc"], "forest AP": rf_res["test_ap"],
})
print(summary.round(3))
print(summary.mean().round(3))

summary[["forest AUC", "forest AP"]].plot(marker="o", figsize=(6, 3), title="per-fold scores")
plt.savefig("folds.png")

forest.fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": forest.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
