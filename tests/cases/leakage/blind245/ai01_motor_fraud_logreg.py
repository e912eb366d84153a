"""
Motor claims - fraud flag model (take-home)

Logistic regression first because the SIU team wants something they can read.
One row per claim; a policyholder can have several claims in the file.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 42

claims = pd.read_csv("train.csv", parse_dates=["claim_date"])
print(claims.shape)
print("fraud rate:", round(claims["is_fraud"].mean(), 4))
print("claims per policyholder:")
print(claims.groupby("policyholder_id").size().value_counts().sort_index().head(10))

# siu_outcome and amount_paid only exist once the investigation is over
claims = claims.drop(columns=["siu_outcome", "amount_paid"])


def add_features(df):
    out = df.copy()
    out["log_claim_amount"] = np.log1p(out["claim_amount"])
    out["claim_to_value"] = out["claim_amount"] / out["vehicle_value"].clip(lower=500)
    out["late_report"] = (out["days_to_report"] > 14).astype(int)
    out["night_incident"] = out["hour_of_incident"].between(0, 5).astype(int)
    out["new_policy"] = (out["policy_tenure_months"] < 6).astype(int)
    out["police_report"] = (out["police_report"] == "Y").astype(int)
    out["witness_present"] = (out["witness_present"] == "Y").astype(int)
    out = pd.get_dummies(out, columns=["incident_type", "region"], drop_first=True)
    return out


claims = add_features(claims)
drop_cols = ["claim_id", "policyholder_id", "claim_date", "repair_shop", "is_fraud",
             "third_party_involved"]
feature_cols = [c for c in claims.columns if c not in drop_cols]

X = claims[feature_cols].astype(float)
y = claims["is_fraud"].values
groups = claims["policyholder_id"].values

# standardise so the coefficients are on the same scale
scaler = StandardScaler()
X_std = pd.DataFrame(scaler.fit_transform(X), columns=feature_cols, index=X.index)

# hold out whole policyholders - the same person shouldn't be on both sides
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=RANDOM_STATE)
train_idx, test_idx = next(gss.split(X_std, y, groups=groups))
X_train, X_test = X_std.iloc[train_idx], X_std.iloc[test_idx]
y_train, y_test = y[train_idx], y[test_idx]
print(f"train {len(train_idx)} claims, test {len(test_idx)} claims")

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
base_p = baseline.predict_proba(X_test)[:, 1]
print(f"baseline  AUC {roc_auc_score(y_test, base_p):.3f}  AP {average_precision_score(y_test, base_p):.3f}")

logit = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)
logit.fit(X_train, y_train)
p_test = logit.predict_proba(X_test)[:, 1]
print(f"logit     AUC {roc_auc_score(y_test, p_test):.3f}  AP {average_precision_score(y_test, p_test):.3f}")

coefs = pd.Series(logit.coef_[0], index=feature_cols).sort_values()
print("\nstrongest negative:\n", coefs.head(5))
print("\nstrongest positive:\n", coefs.tail(5))

# top-decile capture - this is what the SIU team actually asks about
order = np.argsort(-p_test)
top = order[: len(order) // 10]
print(f"share of fraud caught in top 10%: {y_test[top].sum() / y_test.sum():.2%}")
