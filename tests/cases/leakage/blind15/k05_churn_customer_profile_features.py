"""Churn -- customer-profile features + gradient boosting.

Idea: a single snapshot is noisy (one bad month of logins), so describe each
customer by their typical behaviour and by their worst month.
Evaluation: out-of-time (Oct-Dec) and out-of-customer.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"], format="%Y-%m-%d")
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

print(df.groupby("customer_id").size().describe())   # most customers have 8-12 snapshots

# ---------------------------------------------------------------- features
g = df.groupby("customer_id")
df["logins_cust_mean"] = g["logins_30d"].transform("mean")
df["logins_cust_min"] = g["logins_30d"].transform("min")
df["tickets_cust_mean"] = g["support_tickets_30d"].transform("mean")
df["tickets_cust_max"] = g["support_tickets_30d"].transform("max")
df["charges_cust_std"] = g["monthly_charges"].transform("std").fillna(0)
df["inactive_ratio"] = df["days_since_last_login"] / (df["tenure_months"] * 30 + 1)

print(df[["logins_cust_mean", "tickets_cust_mean", TARGET]].corr())

FEATURES = [
    "tenure_months", "plan", "region", "monthly_charges", "has_discount",
    "logins_30d", "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
    "logins_cust_mean", "logins_cust_min", "tickets_cust_mean", "tickets_cust_max",
    "charges_cust_std", "inactive_ratio",
]
CAT = ["plan", "region"]

# ---------------------------------------------------------------- split
cut = pd.Timestamp("2024-10-01")
train = df[df["snapshot_month"] < cut]
test = df[df["snapshot_month"] >= cut]
test = test[~test["customer_id"].isin(set(train["customer_id"]))]
print(f"train {len(train)}  test {len(test)}  test churn {test[TARGET].mean():.3%}")

# small validation slice (Sep, new customers) for early stopping
val_mask = train["snapshot_month"] >= "2024-09-01"
fit_part = train[~val_mask]
val_part = train[val_mask & ~train["customer_id"].isin(set(fit_part["customer_id"]))]

model = CatBoostClassifier(
    iterations=2000, learning_rate=0.03, depth=5, l2_leaf_reg=5,
    loss_function="Logloss", eval_metric="PRAUC", random_seed=42, verbose=200,
    od_type="Iter", od_wait=150,
)
model.fit(fit_part[FEATURES], fit_part[TARGET], cat_features=CAT,
          eval_set=(val_part[FEATURES], val_part[TARGET]), use_best_model=True)
print("best iteration:", model.get_best_iteration())

p = model.predict_proba(test[FEATURES])[:, 1]
base = DummyClassifier(strategy="stratified", random_state=0).fit(train[FEATURES], train[TARGET])
p0 = base.predict_proba(test[FEATURES])[:, 1]

print("AP  model    %.3f" % average_precision_score(test[TARGET], p))
print("AP  baseline %.3f" % average_precision_score(test[TARGET], p0))
print("AUC model    %.3f" % roc_auc_score(test[TARGET], p))

prec, rec, thr = precision_recall_curve(test[TARGET], p)
top = pd.DataFrame({"precision": prec[:-1], "recall": rec[:-1], "thr": thr})
print(top[top.recall >= 0.5].head(1))

# lift in the top decile
t = test.assign(p=p).sort_values("p", ascending=False)
k = len(t) // 10
print("top-decile lift:", t[TARGET].iloc[:k].mean() / t[TARGET].mean())

fi = pd.Series(model.get_feature_importance(), index=FEATURES).sort_values(ascending=False)
print(fi)
