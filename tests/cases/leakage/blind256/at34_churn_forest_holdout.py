"""Churn - random forest with customer-level, out-of-time validation.

Each customer has many monthly rows. If rows of one customer are spread over
train and validation, the forest recognises the customer and the score is
inflated. And the model will score later months, so validation has to be
later than training. Holdout = last three labelled months, customers that
already appear before the cutoff removed from it.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OrdinalEncoder
from sklearn.pipeline import make_pipeline
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

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

months = np.sort(df["snapshot_month"].unique())
is_train = (df["snapshot_month"] < months[-3]).to_numpy()
is_hold = ~is_train & ~df["customer_id"].isin(df.loc[is_train, "customer_id"]).to_numpy()

forest.fit(X[is_train], y[is_train])
base = DummyClassifier(strategy="prior").fit(X[is_train], y[is_train])
p_rf = forest.predict_proba(X[is_hold])[:, 1]
p_base = base.predict_proba(X[is_hold])[:, 1]

summary = pd.Series({
    "baseline AUC": roc_auc_score(y[is_hold], p_base), "baseline AP": average_precision_score(y[is_hold], p_base),
    "forest AUC": roc_auc_score(y[is_hold], p_rf), "forest AP": average_precision_score(y[is_hold], p_rf),
})
print("holdout rows:", is_hold.sum())
print(summary.round(3))

summary.plot.bar(figsize=(6, 3), rot=0, title="holdout scores")
plt.savefig("holdout.png")

forest.fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": forest.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
