"""Churn snapshots - random forest with SMOTE inside an imblearn pipeline.

SMOTE only ever sees the rows the pipeline is fitted on; the validation rows are untouched.
"""
import pandas as pd
import numpy as np
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

Y = "churned_next_month"

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
print(df[Y].value_counts())

df["days_since_last_login"] = df["days_since_last_login"].fillna(365)
df["has_discount"] = df["has_discount"].astype(int)
df["logins_per_charge"] = df["logins_30d"] / df["monthly_charges"].clip(lower=1)

num = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "logins_per_charge"]
cat = ["plan", "region"]

# 1) customers: 80% can be used for training, 20% only for validation
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=48)
train_idx, valid_idx = next(gss.split(df, groups=df["customer_id"]))
# 2) time: training rows before July, validation rows from July on
train = df.iloc[train_idx].query("snapshot_month < '2024-07-01'")
valid = df.iloc[valid_idx].query("snapshot_month >= '2024-07-01'")
print("train", train.shape, "valid", valid.shape)

pipe = ImbPipeline([
    ("prep", ColumnTransformer([
        ("num", StandardScaler(), num),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat),
    ])),
    ("smote", SMOTE(sampling_strategy=0.3, random_state=48)),
    ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=48)),
])
pipe.fit(train[num + cat], train[Y])
p = pipe.predict_proba(valid[num + cat])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[num + cat], train[Y])
p0 = dummy.predict_proba(valid[num + cat])[:, 1]

print(f"dummy  ROC AUC {roc_auc_score(valid[Y], p0):.4f}  AP {average_precision_score(valid[Y], p0):.4f}")
print(f"rf     ROC AUC {roc_auc_score(valid[Y], p):.4f}  AP {average_precision_score(valid[Y], p):.4f}")
hard = (p >= 0.5).astype(int)
print(f"at 0.5: precision {precision_score(valid[Y], hard):.3f} recall {recall_score(valid[Y], hard):.3f}")

test = pd.read_csv("test.csv")
test["days_since_last_login"] = test["days_since_last_login"].fillna(365)
test["has_discount"] = test["has_discount"].astype(int)
test["logins_per_charge"] = test["logins_30d"] / test["monthly_charges"].clip(lower=1)
pipe.fit(df[num + cat], df[Y])
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pipe.predict_proba(test[num + cat])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
