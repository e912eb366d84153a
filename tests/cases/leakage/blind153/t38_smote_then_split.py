"""Churn snapshots: SMOTE-balanced gradient boosting.

Churners are ~5% of snapshots. Balance the classes with SMOTE, then hold out
25% for validation.
"""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
LEAKY = task["leaky_columns"]


def numeric_view(d):
    return (
        d.assign(
            month=lambda x: pd.to_datetime(x[TIME]).dt.month,
            charge_x_fail=lambda x: x.monthly_charges * x.payment_failures_90d,
            login_gap=lambda x: x.days_since_last_login.clip(upper=60),
        )
        .pipe(pd.get_dummies, columns=["plan", "region"], dtype=int)
        .drop(columns=[ID, TIME, GROUP, *LEAKY], errors="ignore")
    )


data = pd.read_csv("train.csv").pipe(numeric_view)
X, y = data.drop(columns=TARGET), data[TARGET]
print("before:", y.value_counts().to_dict())

X_bal, y_bal = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=0).fit_resample(X, y)
print("after: ", y_bal.value_counts().to_dict())

X_tr, X_va, y_tr, y_va = train_test_split(X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=0)

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=0).fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

print(
    pd.DataFrame(
        {
            name: {
                "roc_auc": roc_auc_score(y_va, m.predict_proba(X_va)[:, 1]),
                "avg_precision": average_precision_score(y_va, m.predict_proba(X_va)[:, 1]),
            }
            for name, m in {"dummy baseline": dummy, "gbm + smote": gb}.items()
        }
    ).T.round(4)
)

test = pd.read_csv("test.csv")
X_test = test.pipe(numeric_view).reindex(columns=X.columns, fill_value=0)
gb.fit(X_bal, y_bal)
pd.DataFrame({ID: test[ID], "prediction": gb.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
