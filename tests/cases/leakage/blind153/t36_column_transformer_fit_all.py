"""churn-snapshots: linear model with a shared preprocessing step.

The ColumnTransformer is fitted once on the full labelled frame so that train
and validation live in exactly the same feature space (same one-hot columns,
same scaling), then the model is trained before July and checked after.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]

NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "idle_share"]
CAT = ["plan", "region"]

df = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .assign(idle_share=lambda d: d.days_since_last_login.clip(upper=30) / 30)
    .sort_values(TIME)
    .reset_index(drop=True)
)

ct = ColumnTransformer(
    [("num", StandardScaler(), NUM), ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)]
).fit(df[NUM + CAT])
names = ct.get_feature_names_out()
design = (
    pd.DataFrame(ct.transform(df[NUM + CAT]), columns=names, index=df.index)
    .join(df[[ID, TIME, GROUP, TARGET]])
)

cut = pd.Timestamp("2024-07-01")
tr = design.loc[lambda d: d[TIME] < cut]
va = design.loc[lambda d: d[TIME] >= cut].loc[lambda d: ~d[GROUP].isin(tr[GROUP])]

clf = LogisticRegression(C=0.25, penalty="l2", class_weight="balanced", max_iter=5000).fit(tr[names], tr[TARGET])

p = clf.predict_proba(va[names])[:, 1]
print(f"valid rows={len(va)}  churners={int(va[TARGET].sum())}")
print(f"ROC AUC = {roc_auc_score(va[TARGET], p):.4f}")
print(f"AP      = {average_precision_score(va[TARGET], p):.4f}")

test = pd.read_csv("test.csv", parse_dates=[TIME]).assign(
    idle_share=lambda d: d.days_since_last_login.clip(upper=30) / 30
)
clf.fit(design[names], design[TARGET])
test[[ID]].assign(prediction=clf.predict_proba(ct.transform(test[NUM + CAT]))[:, 1]).to_csv(
    "predictions.csv", index=False
)
