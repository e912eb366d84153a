# Churn snapshots: sparse logistic model on the most informative features.
#
# Plan
#   1. expand categoricals, add a few interaction terms
#   2. keep the 10 features with the highest mutual information with churn
#   3. scaled logistic regression, evaluated on held-out customers in later months
#   4. compare against a prior-only classifier

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 5
K = 10

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
raw_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def design_matrix(d):
    X = pd.DataFrame(index=d.index)
    X["tenure"] = d["tenure_months"]
    X["log_spend"] = np.log1p(d["monthly_spend"])
    X["logins"] = d["logins_30d"]
    X["tickets"] = d["support_tickets_30d"]
    X["idle_days"] = d["days_since_last_login"].fillna(60).clip(upper=365)
    X["tickets_x_idle"] = X["tickets"] * X["idle_days"]
    X["logins_per_spend"] = X["logins"] / (d["monthly_spend"] + 1)
    X["short_tenure"] = (X["tenure"] < 6).astype(int)
    X = X.join(pd.get_dummies(d[["plan", "region"]], dtype=int))
    return X


X = design_matrix(raw)
y = raw["churned_next_month"]
X_test = design_matrix(raw_test).reindex(columns=X.columns, fill_value=0)
print("candidate features:", X.shape[1])

# --- screening -------------------------------------------------------------
selector = SelectKBest(lambda A, b: mutual_info_classif(A, b, random_state=RANDOM_STATE), k=K)
selector.fit(X, y)
kept = X.columns[selector.get_support()].tolist()
print("kept:", kept)
X = X[kept]
X_test = X_test[kept]

# --- hold-out: unseen customers, Jul-Sep -------------------------------------
rng = np.random.default_rng(RANDOM_STATE)
customers = raw["customer_id"].unique()
held = rng.choice(customers, size=int(0.25 * len(customers)), replace=False)
is_held = raw["customer_id"].isin(held)
is_late = raw["snapshot_month"] >= "2024-07-01"
tr = ~is_held & ~is_late
ho = is_held & is_late

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
model.fit(X[tr], y[tr])
p_model = model.predict_proba(X[ho])[:, 1]

prior = DummyClassifier(strategy="prior").fit(X[tr], y[tr])
p_prior = prior.predict_proba(X[ho])[:, 1]

print("             ROC AUC   PR AUC")
print(f"baseline     {roc_auc_score(y[ho], p_prior):.4f}   {average_precision_score(y[ho], p_prior):.4f}")
print(f"logistic     {roc_auc_score(y[ho], p_model):.4f}   {average_precision_score(y[ho], p_model):.4f}")

coef = pd.Series(model[-1].coef_[0], index=kept).sort_values()
print(coef.round(3))

# --- refit on all labelled months and predict Oct-Dec --------------------------
model.fit(X, y)
pd.DataFrame({"snapshot_id": raw_test["snapshot_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
