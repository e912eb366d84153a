"""Upgrade propensity with a regularised logistic model.

Sweep the regularisation strength and the penalty, keep the best configuration.
"""
import itertools

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET, ID = "upgraded_30d", "user_id"
CAT = ["signup_channel", "country", "plan_tier"]
NUM = ["days_active_30d", "sessions_30d", "features_used", "team_size", "seats",
       "support_contacts", "trial_extended", "nps_score"]

data = pd.read_csv("train.csv")
unseen = pd.read_csv("test.csv")

X = data[CAT + NUM]
y = data[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)


def make_model(C, penalty):
    prep = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    lr = LogisticRegression(C=C, penalty=penalty, solver="liblinear", class_weight="balanced", max_iter=5000)
    return Pipeline([("prep", prep), ("lr", lr)])


results = []
for C, penalty in itertools.product([0.001, 0.01, 0.1, 1.0, 10.0], ["l1", "l2"]):
    m = make_model(C, penalty).fit(X_train, y_train)
    p = m.predict_proba(X_test)[:, 1]
    results.append({"C": C, "penalty": penalty,
                    "ap": average_precision_score(y_test, p),
                    "auc": roc_auc_score(y_test, p)})

res = pd.DataFrame(results).sort_values("ap", ascending=False)
print(res.to_string(index=False))
best = res.iloc[0]
print(f"best: C={best.C}, penalty={best.penalty}")

best_model = make_model(best.C, best.penalty).fit(X_train, y_train)
p_best = best_model.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print(f"dummy        : AP {average_precision_score(y_test, p_dummy):.4f}  AUC {roc_auc_score(y_test, p_dummy):.4f}")
print(f"tuned logreg : AP {average_precision_score(y_test, p_best):.4f}  AUC {roc_auc_score(y_test, p_best):.4f}")

final = make_model(best.C, best.penalty).fit(X, y)
pd.DataFrame({ID: unseen[ID], "prediction": final.predict_proba(unseen[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
