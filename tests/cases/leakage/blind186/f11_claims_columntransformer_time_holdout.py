"""Insurance claim fraud - take-home.

Model: logistic regression on a ColumnTransformer (impute + scale numerics, one-hot categoricals).
Validation: claims are ordered by claim_date; the most recent 20% are the hold-out,
which is how the model would be used (score new claims with a model fitted on old ones).
"""
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_fscore_support
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

DATA = Path(".")
TARGET = "is_fraud"
EXCLUDE = {"claim_id", "policy_id", "claim_date", "policy_start_date", TARGET,
           "siu_referral_outcome", "payout_withheld_flag"}


def load(path):
    df = pd.read_csv(path, parse_dates=["claim_date", "policy_start_date"])
    df["days_policy_to_claim"] = (df["claim_date"] - df["policy_start_date"]).dt.days
    df["claim_to_premium"] = df["claim_amount"] / df["premium_annual"].clip(lower=1)
    df["claim_dow"] = df["claim_date"].dt.dayofweek
    df["claim_month"] = df["claim_date"].dt.month
    df["log_claim_amount"] = np.log1p(df["claim_amount"])
    return df


claims = load(DATA / "train.csv").sort_values("claim_date").reset_index(drop=True)
features = [c for c in claims.columns if c not in EXCLUDE]
print(f"{len(claims)} claims, fraud rate {claims[TARGET].mean():.2%}, {len(features)} features")

cut = int(len(claims) * 0.8)
train, test = claims.iloc[:cut], claims.iloc[cut:]
print("train:", train.claim_date.min().date(), "->", train.claim_date.max().date())
print("test :", test.claim_date.min().date(), "->", test.claim_date.max().date())

X_train, y_train = train[features], train[TARGET]
X_test, y_test = test[features], test[TARGET]

preprocess = ColumnTransformer([
    ("num", Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ]), make_column_selector(dtype_include=np.number)),
    ("cat", Pipeline([
        ("impute", SimpleImputer(strategy="constant", fill_value="missing")),
        ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=30)),
    ]), make_column_selector(dtype_include=object)),
])

clf = Pipeline([
    ("prep", preprocess),
    ("lr", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
])
clf.fit(X_train, y_train)
scores = clf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dummy_scores = dummy.predict_proba(X_test)[:, 1]

print(f"baseline  ROC-AUC {roc_auc_score(y_test, dummy_scores):.3f}  PR-AUC {average_precision_score(y_test, dummy_scores):.3f}")
print(f"logreg    ROC-AUC {roc_auc_score(y_test, scores):.3f}  PR-AUC {average_precision_score(y_test, scores):.3f}")

# investigators can review ~5% of claims: precision / recall at that budget
k = int(0.05 * len(scores))
flag = np.zeros_like(scores, dtype=int)
flag[np.argsort(-scores)[:k]] = 1
p, r, f, _ = precision_recall_fscore_support(y_test, flag, average="binary")
print(f"top-5% review: precision {p:.3f} recall {r:.3f} f1 {f:.3f}")

coef = pd.Series(clf.named_steps["lr"].coef_[0],
                 index=clf.named_steps["prep"].get_feature_names_out())
print(coef.sort_values().tail(10))

# refit on all labelled claims for the submission
clf.fit(claims[features], claims[TARGET])
new = load(DATA / "test.csv")
pd.DataFrame({"claim_id": new["claim_id"], "prediction": clf.predict_proba(new[features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
