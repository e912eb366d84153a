# Churn take-home - logistic + gradient boosting comparison.
# Validation: each of Jul/Aug/Sep is a fold, trained on earlier months of other customers.
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv").sort_values("snapshot_month").reset_index(drop=True)
test = pd.read_csv("test.csv")
print(df.shape)
print(df[TARGET].mean())
print(df.describe().T[["mean", "std", "min", "max"]])

CAT = ["plan_type", "contract_type", "region", "payment_method"]
NUM = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
       "support_calls_30d", "days_since_last_login", "late_payments_90d", "num_products"]


def unseen_customer_month_folds(frame, valid_months, seed=42):
    """Train on months before m, validate on month m for a held-out customer set."""
    month = frame["snapshot_month"].to_numpy()
    for i, m in enumerate(valid_months):
        gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=seed + i)
        keep_cust, held_cust = next(gss.split(frame, groups=frame["customer_id"]))
        held = np.zeros(len(frame), dtype=bool)
        held[held_cust] = True
        yield np.flatnonzero((month < m) & ~held), np.flatnonzero((month == m) & held)


def with_prep(model):
    prep = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ])
    return Pipeline([("prep", prep), ("model", model)])


X = df[NUM + CAT]
y = df[TARGET].to_numpy()

months = sorted(df["snapshot_month"].unique())
folds = list(unseen_customer_month_folds(df, months[-3:]))
for tr, va in folds:
    print(f"train {len(tr):6d}  valid {len(va):5d}  valid churn {y[va].mean():.3f}")

models = {
    "dummy_prior": with_prep(DummyClassifier(strategy="prior")),
    "logreg": with_prep(LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced")),
    "hgb": with_prep(HistGradientBoostingClassifier(learning_rate=0.05, max_leaf_nodes=31, random_state=0)),
}
scoring = {"auc": "roc_auc", "ap": "average_precision", "logloss": "neg_log_loss"}

rows = []
for name, model in models.items():
    res = cross_validate(model, X, y, cv=folds, scoring=scoring)
    rows.append({"model": name, **{k: res[f"test_{k}"].mean() for k in scoring}})
    print(name, {k: np.round(res[f"test_{k}"], 3) for k in scoring})

table = pd.DataFrame(rows).set_index("model")
print(table.round(4))

best_name = table["ap"].drop("dummy_prior").idxmax()
print("selected:", best_name)
final = models[best_name].fit(X, y)
test_proba = final.predict_proba(test[NUM + CAT])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": test_proba}).to_csv("predictions.csv", index=False)
