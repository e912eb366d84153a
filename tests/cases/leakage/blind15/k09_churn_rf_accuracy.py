"""Churn -- random forest, out-of-time and out-of-customer holdout.

Quick first model before anything fancier. Split: snapshots up to Sep 2024 for
training, Oct-Dec 2024 for testing, and only customers who had no snapshot
before October are kept in the test set (otherwise the forest can memorise them).
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from statsmodels.stats.proportion import proportion_confint

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
print(df.shape)
print(df.snapshot_month.value_counts().sort_index())

X_all = pd.get_dummies(
    df[["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]],
    columns=["plan", "region"], dtype=int,
)
X_all["tickets_per_tenure"] = df["support_tickets_30d"] / np.maximum(df["tenure_months"], 1)

is_train = df["snapshot_month"] < "2024-10-01"
train_customers = set(df.loc[is_train, "customer_id"])
is_test = (~is_train) & (~df["customer_id"].isin(train_customers))

X_tr, y_tr = X_all[is_train], df.loc[is_train, TARGET]
X_te, y_te = X_all[is_test], df.loc[is_test, TARGET]
print("train", X_tr.shape, "test", X_te.shape)

rf = RandomForestClassifier(
    n_estimators=500, min_samples_leaf=20, max_features="sqrt",
    class_weight="balanced_subsample", n_jobs=-1, random_state=0,
)
rf.fit(X_tr, y_tr)
pred = rf.predict(X_te)

acc = accuracy_score(y_te, pred)
lo, hi = proportion_confint(int((pred == y_te).sum()), len(y_te), method="wilson")
majority = y_tr.mode()[0]
acc_major = accuracy_score(y_te, np.full(len(y_te), majority))

print(f"accuracy                 {acc:.4f}  (95% Wilson CI {lo:.4f}-{hi:.4f})")
print(f"majority-class baseline  {acc_major:.4f}")

# with ~5% churners the forest may mostly say "stays";
# check how many churn predictions it makes at all
print("predicted churn share:", pred.mean().round(4), "actual:", y_te.mean().round(4))

imp = pd.Series(rf.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
print(imp.head(10))
