"""Churn snapshots - logistic regression evaluated with customer-grouped CV.

Several snapshots belong to the same customer, so folds are grouped by customer_id:
no customer is in both the training and the validation part of a fold.
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier

TARGET = "churned_next_month"
GROUP = "customer_id"

data = pd.read_csv("train.csv")
print(data.head())
print(data[TARGET].mean(), data[GROUP].nunique())

data = data.drop(columns=["retention_offer_accepted", "account_closed_date_known"])
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
data["month_idx"] = data["snapshot_month"].dt.month
data["tickets_per_tenure"] = data["support_tickets_30d"] / data["tenure_months"].clip(lower=1)
data["has_discount"] = data["has_discount"].astype(int)

numeric = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d", "tickets_per_tenure", "has_discount", "month_idx"]
categorical = ["plan", "region"]

X = data[numeric + categorical]
y = data[TARGET]
groups = data[GROUP]

preprocess = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
model = Pipeline([
    ("prep", preprocess),
    ("lr", LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced")),
])
baseline = Pipeline([("prep", preprocess), ("dummy", DummyClassifier(strategy="prior"))])

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "average_precision"]
res_model = cross_validate(model, X, y, groups=groups, cv=cv, scoring=scoring)
res_base = cross_validate(baseline, X, y, groups=groups, cv=cv, scoring=scoring)

for name, res in [("dummy baseline", res_base), ("logistic regression", res_model)]:
    print(f"{name:20s} AUC {res['test_roc_auc'].mean():.4f} +/- {res['test_roc_auc'].std():.4f} | "
          f"AP {res['test_average_precision'].mean():.4f}")

# fit on all data and look at the coefficients
model.fit(X, y)
names = model.named_steps["prep"].get_feature_names_out()
coef = pd.Series(model.named_steps["lr"].coef_.ravel(), index=names)
print(coef.sort_values().round(3))

test = pd.read_csv("test.csv")
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])
test["month_idx"] = test["snapshot_month"].dt.month
test["tickets_per_tenure"] = test["support_tickets_30d"] / test["tenure_months"].clip(lower=1)
test["has_discount"] = test["has_discount"].astype(int)
pred = model.predict_proba(test[numeric + categorical])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
