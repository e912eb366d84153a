"""Churn snapshots take-home - logistic regression with a held-out customer group.

Evaluation design
-----------------
* 20% of customers (by id) are held out entirely.
* The model is fitted on Jan-Jun snapshots of the remaining customers and
  scored on Jul-Sep snapshots of the held-out customers, so the evaluation is
  both forward in time and customer-disjoint.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
CAT_COLS = ["plan", "region"]
NUM_COLS = [
    "tenure_months",
    "monthly_spend",
    "logins_30d",
    "support_tickets_30d",
    "days_since_last_login",
]
FEATURES = CAT_COLS + NUM_COLS
CUTOFF = pd.Timestamp("2024-07-01")
SEED = 7


def build_preprocess():
    numeric = Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
    ])
    return ColumnTransformer([
        ("num", numeric, NUM_COLS),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT_COLS),
    ])


train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(train.shape, test.shape)
print("positive rate:", round(train[TARGET].mean(), 4))

# ---- split: held-out customers, later months ---------------------------------
rng = np.random.default_rng(SEED)
customers = train["customer_id"].unique()
holdout_customers = rng.choice(customers, size=len(customers) // 5, replace=False)
in_holdout = train["customer_id"].isin(holdout_customers)

fit_mask = (~in_holdout & (train["snapshot_month"] < CUTOFF)).to_numpy()
eval_mask = (in_holdout & (train["snapshot_month"] >= CUTOFF)).to_numpy()
y = train[TARGET].to_numpy()
print(f"fit rows: {fit_mask.sum()}, eval rows: {eval_mask.sum()}")

# ---- preprocessing learned on the fitting rows only ---------------------------
prep = build_preprocess().fit(train.loc[fit_mask, FEATURES])
X_fit = prep.transform(train.loc[fit_mask, FEATURES])
X_eval = prep.transform(train.loc[eval_mask, FEATURES])

clf = LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")
clf.fit(X_fit, y[fit_mask])
p_eval = clf.predict_proba(X_eval)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_fit, y[fit_mask])
p_dummy = dummy.predict_proba(X_eval)[:, 1]

print("baseline (prior) ROC AUC :", round(roc_auc_score(y[eval_mask], p_dummy), 4))
print("baseline (prior) PR AUC  :", round(average_precision_score(y[eval_mask], p_dummy), 4))
print("logreg ROC AUC           :", round(roc_auc_score(y[eval_mask], p_eval), 4))
print("logreg PR AUC            :", round(average_precision_score(y[eval_mask], p_eval), 4))

coef = pd.Series(clf.coef_[0], index=prep.get_feature_names_out()).sort_values()
print(coef.round(3))

# ---- final model on all of train.csv, predict Oct-Dec ---------------------------
final = Pipeline([
    ("prep", build_preprocess()),
    ("clf", LogisticRegression(max_iter=2000, C=0.5, class_weight="balanced")),
])
final.fit(train[FEATURES], train[TARGET])
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(test[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
