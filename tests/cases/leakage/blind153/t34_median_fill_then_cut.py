# Churn snapshots - logistic regression with simple imputation
# Several usage columns have holes; fill them with the column median, then model.
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
ID = TASK["id_column"]
TIME = TASK["time_column"]
GROUP = TASK["group_column"]
LEAKY = TASK["leaky_columns"]
USAGE = ["logins_30d", "days_since_last_login", "support_tickets_30d", "payment_failures_90d", "monthly_charges"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
print(df[USAGE].isna().sum())

clean = (
    df.drop(columns=LEAKY)
    .pipe(lambda d: d.fillna(d[USAGE].median()))
    .assign(
        was_missing_logins=lambda d: df["logins_30d"].isna().astype(int),
        logins_log=lambda d: np.log1p(d.logins_30d),
        idle_log=lambda d: np.log1p(d.days_since_last_login),
    )
    .pipe(pd.get_dummies, columns=["plan", "region"], drop_first=True, dtype=float)
)
X_COLS = [c for c in clean.columns if c not in (TARGET, ID, TIME, GROUP)]

cut = pd.Timestamp("2024-07-01")
train = clean[clean[TIME] < cut]
valid = clean[(clean[TIME] >= cut) & ~clean[GROUP].isin(train[GROUP])]

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=4000, C=0.5, class_weight="balanced"))
model.fit(train[X_COLS], train[TARGET])
base = DummyClassifier(strategy="prior").fit(train[X_COLS], train[TARGET])

for tag, est in (("prior baseline", base), ("logistic", model)):
    s = est.predict_proba(valid[X_COLS])[:, 1]
    print(f"{tag:14s}: auc={roc_auc_score(valid[TARGET], s):.4f} ap={average_precision_score(valid[TARGET], s):.4f}")

test = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .pipe(lambda d: d.fillna(df[USAGE].median()))
    .assign(
        was_missing_logins=lambda d: d["logins_30d"].isna().astype(int),
        logins_log=lambda d: np.log1p(d.logins_30d),
        idle_log=lambda d: np.log1p(d.days_since_last_login),
    )
    .pipe(pd.get_dummies, columns=["plan", "region"], drop_first=True, dtype=float)
    .reindex(columns=[ID] + X_COLS, fill_value=0)
)
model.fit(clean[X_COLS], clean[TARGET])
test[[ID]].assign(prediction=model.predict_proba(test[X_COLS])[:, 1]).to_csv("predictions.csv", index=False)
