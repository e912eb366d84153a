"""SMOTE + logistic regression, validated with forward-chaining folds.

Each fold trains on every snapshot before month m and evaluates on month m,
restricted to customers who have no snapshot before m. SMOTE and all
preprocessing live inside an imblearn Pipeline, so they are refit on the
training rows of each fold only.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_validate
from sklearn.preprocessing import OneHotEncoder, RobustScaler

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
CAT = ["plan", "region"]
EVAL_MONTHS = ["2024-06", "2024-07", "2024-08", "2024-09"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["ym"] = train["snapshot_month"].astype(str).str[:7]
train = train.sort_values(["ym", "customer_id"]).reset_index(drop=True)

X = train[NUM + CAT]
y = train[TARGET].astype(int).to_numpy()


def forward_new_customer_folds(frame, months):
    """Yield (train_idx, eval_idx): past months vs. month m for customers new at m."""
    for m in months:
        past = frame["ym"] < m
        seen = frame.loc[past, "customer_id"].unique()
        current = (frame["ym"] == m) & ~frame["customer_id"].isin(seen)
        tr_idx = np.flatnonzero(past.to_numpy())
        ev_idx = np.flatnonzero(current.to_numpy())
        if len(ev_idx) and frame.loc[ev_idx, TARGET].nunique() == 2:
            yield tr_idx, ev_idx


folds = list(forward_new_customer_folds(train, EVAL_MONTHS))
for i, (a, b) in enumerate(folds):
    print(f"fold {i}: train={len(a):>6}  eval={len(b):>5}  eval churn={y[b].mean():.3f}")

prep = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", RobustScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
])

model = Pipeline([
    ("prep", prep),
    ("smote", SMOTE(sampling_strategy=0.3, k_neighbors=5, random_state=0)),
    ("clf", LogisticRegression(C=0.3, max_iter=3000)),
])
baseline = DummyClassifier(strategy="prior")

scoring = ["roc_auc", "average_precision", "neg_brier_score"]
res_model = cross_validate(model, X, y, cv=folds, scoring=scoring)
res_base = cross_validate(baseline, X, y, cv=folds, scoring=scoring)

summary = pd.DataFrame({
    "baseline": {k: np.mean(res_base[f"test_{k}"]) for k in scoring},
    "smote+logreg": {k: np.mean(res_model[f"test_{k}"]) for k in scoring},
}).round(4)
print(summary)

model.fit(X, y)
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": model.predict_proba(test[NUM + CAT])[:, 1],
}).to_csv("predictions.csv", index=False)
