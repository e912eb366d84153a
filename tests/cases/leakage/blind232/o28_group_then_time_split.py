# churn-snapshots take-home
# Several snapshots per customer -> a plain KFold would put the same customer in train and
# validation. Customers are split with GroupShuffleSplit, and on top of that the model only trains
# on Jan-Jun and is scored on the held-out customers' Jul-Sep rows (test.csv is later months).
# Repeated with 5 seeds to get a spread.

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
num_cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
cat_cols = ["plan"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, train.customer_id.nunique(), "customers")
print("snapshots per customer:", train.groupby("customer_id").size().describe().round(2).to_dict())

X = train[num_cols + cat_cols]
y = train[TARGET]
groups = train["customer_id"]


def prep(scale=True):
    num = make_pipeline(SimpleImputer(strategy="median"), StandardScaler()) if scale \
        else SimpleImputer(strategy="median")
    return make_column_transformer(
        (num, num_cols),
        (OneHotEncoder(handle_unknown="ignore"), cat_cols),
    )


candidates = {
    "dummy (baseline)": make_pipeline(prep(False), DummyClassifier(strategy="prior")),
    "logreg": make_pipeline(prep(), LogisticRegression(class_weight="balanced", max_iter=2000)),
    "logreg_l1": make_pipeline(prep(), LogisticRegression(penalty="l1", solver="liblinear", C=0.2,
                                                          class_weight="balanced")),
    "rf": make_pipeline(prep(False), RandomForestClassifier(n_estimators=300, min_samples_leaf=25,
                                                            class_weight="balanced_subsample",
                                                            n_jobs=-1, random_state=1)),
}

months = pd.to_datetime(train["snapshot_month"])
early = (months < "2024-07-01").to_numpy()
gss = GroupShuffleSplit(n_splits=5, test_size=0.25, random_state=1)

rows = []
for rep, (a, b) in enumerate(gss.split(X, y, groups)):
    tr_idx = a[early[a]]          # training customers, Jan-Jun
    va_idx = b[~early[b]]         # held-out customers, Jul-Sep
    assert not set(groups.iloc[tr_idx]) & set(groups.iloc[va_idx])
    for name, pipe in candidates.items():
        pipe.fit(X.iloc[tr_idx], y.iloc[tr_idx])
        p = pipe.predict_proba(X.iloc[va_idx])[:, 1]
        rows.append({"rep": rep, "model": name,
                     "auc": roc_auc_score(y.iloc[va_idx], p),
                     "ap": average_precision_score(y.iloc[va_idx], p),
                     "bal_acc": balanced_accuracy_score(y.iloc[va_idx], (p >= 0.5).astype(int))})
    print(f"rep {rep}: train {len(tr_idx)} rows, valid {len(va_idx)} rows")

res = pd.DataFrame(rows)
summary = res.groupby("model")[["auc", "ap", "bal_acc"]].agg(["mean", "std"]).round(4)
print(summary)

best = candidates["rf"].fit(X, y)
pd.DataFrame({"snapshot_id": test.snapshot_id,
              "churn_probability": best.predict_proba(test[num_cols + cat_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
