"""
Motor insurance take-home: probability that a policy has at least one claim
in a policy year (one row per policy-year).

Approach
  * numeric features only + a few one-hot flags
  * impute / scale inside a pipeline, logistic regression with class weights
  * out-of-time test: policy years 2021-2022, policies that did not exist before 2021
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

RANDOM_STATE = 11
TEST_FROM_YEAR = 2021

claims = pd.read_csv("train.csv")
print(claims.shape)
print("claim rate:", round(claims["has_claim"].mean(), 4))
print(claims.groupby("policy_year")["has_claim"].agg(["mean", "size"]))

# --- feature prep (row-wise only) ---------------------------------------------------
claims["young_driver"] = (claims["driver_age"] < 25).astype(int)
claims["senior_driver"] = (claims["driver_age"] >= 70).astype(int)
claims["value_per_age"] = claims["vehicle_value"] / (claims["vehicle_age"] + 1)
claims["log_mileage"] = np.log1p(claims["annual_mileage"])
claims["premium_to_value"] = claims["premium"] / claims["vehicle_value"].clip(lower=500)

dummies = pd.get_dummies(claims[["region", "vehicle_type"]], drop_first=True, dtype=float)
numeric = [
    "vehicle_age", "vehicle_value", "annual_mileage", "log_mileage", "driver_age",
    "credit_score", "premium", "deductible", "prior_claims_3y", "no_claim_bonus_years",
    "telematics_score", "value_per_age", "premium_to_value", "young_driver", "senior_driver",
]
X = pd.concat([claims[numeric], dummies], axis=1)
feature_names = X.columns.tolist()
y = claims["has_claim"]

# --- split: later years, new policies only ------------------------------------------
train_mask = claims["policy_year"] < TEST_FROM_YEAR
old_policies = set(claims.loc[train_mask, "policy_id"])
test_mask = (claims["policy_year"] >= TEST_FROM_YEAR) & (~claims["policy_id"].isin(old_policies))
print(f"train rows {train_mask.sum()}, test rows {test_mask.sum()}")

X_train, y_train = X[train_mask], y[train_mask]
X_test, y_test = X[test_mask], y[test_mask]


def evaluate(name, y_true, scores, thr=None):
    out = {"model": name,
           "roc_auc": roc_auc_score(y_true, scores),
           "pr_auc": average_precision_score(y_true, scores)}
    if thr is not None:
        yhat = (scores >= thr).astype(int)
        out["precision"] = precision_score(y_true, yhat, zero_division=0)
        out["recall"] = recall_score(y_true, yhat)
    return out


def make_model(C):
    return Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("clf", LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=RANDOM_STATE)),
    ])


results = []

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
results.append(evaluate("dummy_prior", y_test, base.predict_proba(X_test)[:, 1]))

# C=0.1 from a quick look at the regularisation path on the training years
m = make_model(0.1).fit(X_train, y_train)
s = m.predict_proba(X_test)[:, 1]
results.append(evaluate("logreg_C0.1", y_test, s, thr=0.5))

res = pd.DataFrame(results).set_index("model").round(4)
print(res)

coefs = pd.Series(m.named_steps["clf"].coef_[0], index=feature_names).sort_values()
print(coefs.round(3).to_string())
print("largest effects:", coefs.abs().sort_values(ascending=False).head(5).index.tolist())
