"""Churn-snapshots submission.

1. engineer ~25 candidate features
2. keep the 12 most informative ones (mutual information with the label), chosen inside the pipeline
   so the choice is made from the fitting rows only
3. random forest, validated out-of-time on customers not seen in training
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline

TARGET = "churned_next_month"
ID = "snapshot_id"
TIME = "snapshot_month"
CUSTOMER = "customer_id"
K = 12


def engineer(df):
    f = pd.DataFrame(index=df.index)
    base = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
    for c in base:
        f[c] = df[c].fillna(0)
    f["log_tenure"] = np.log1p(f["tenure_months"])
    f["new_customer"] = (f["tenure_months"] <= 3).astype(int)
    f["charges_per_login"] = f["monthly_charges"] / (f["logins_30d"] + 1)
    f["inactive"] = (f["days_since_last_login"] >= 21).astype(int)
    f["any_failure"] = (f["payment_failures_90d"] > 0).astype(int)
    f["tickets_per_login"] = f["support_tickets_30d"] / (f["logins_30d"] + 1)
    f["month_of_year"] = df[TIME].dt.month
    f["discount_x_charges"] = f["has_discount"] * f["monthly_charges"]
    f = pd.concat([f, pd.get_dummies(df[["plan", "region"]], dtype=int)], axis=1)
    return f


def make_model():
    return Pipeline([
        ("select", SelectKBest(mutual_info_classif, k=K)),
        ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.5,
                                      class_weight="balanced", n_jobs=-1, random_state=0)),
    ])


train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, train[TARGET].mean())

X = engineer(train)
y = train[TARGET]
X_test = engineer(test).reindex(columns=X.columns, fill_value=0)
print("candidate features:", X.shape[1])

cut = pd.Timestamp("2024-07-01")
in_fit = train[TIME] < cut
fit_customers = set(train.loc[in_fit, CUSTOMER])
in_val = (train[TIME] >= cut) & ~train[CUSTOMER].isin(fit_customers)

X_fit, y_fit = X[in_fit], y[in_fit]
X_val, y_val = X[in_val], y[in_val]

model = make_model().fit(X_fit, y_fit)
print("selected:", X.columns[model.named_steps["select"].get_support()].tolist())
p_val = model.predict_proba(X_val)[:, 1]

baseline = DummyClassifier(strategy="stratified", random_state=0).fit(X_fit, y_fit)
p_base = baseline.predict_proba(X_val)[:, 1]

print(f"baseline (stratified dummy): auc={roc_auc_score(y_val, p_base):.3f} ap={average_precision_score(y_val, p_base):.3f}")
print(f"random forest, {K} feats:     auc={roc_auc_score(y_val, p_val):.3f} ap={average_precision_score(y_val, p_val):.3f}")

final = make_model().fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": roc_auc_score(y_val, p_val),
               "average_precision": average_precision_score(y_val, p_val)}, fh)
