"""Churn next month - logistic regression with business-rule features.

Business context from the brief: customers with a discount and more than a year of
tenure are eligible for loyalty offers; we encode that eligibility (known at snapshot
time) as a feature. The *outcome* of an offer (retention_offer_accepted) is only
known after the fact and is declared leaky, so it is never used.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, RobustScaler

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = (task["target"], task["time_column"],
                           task["group_column"], task["id_column"])
LEAKY = task["leaky_columns"]

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])


def business_features(df):
    df = df.copy()
    df["offer_eligible"] = ((df["has_discount"] == 1) & (df["tenure_months"] > 12)).astype(int)
    df["recent_payment_trouble"] = (df["payment_failures_90d"] >= 2).astype(int)
    df["dormant"] = (df["days_since_last_login"].fillna(999) > 30).astype(int)
    df["log_tickets"] = np.log1p(df["support_tickets_30d"])
    df["days_since_last_login"] = df["days_since_last_login"].fillna(999).clip(upper=180)
    return df


train = business_features(train)
test = business_features(test)

NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "log_tickets", "payment_failures_90d"]
BIN = ["has_discount", "offer_eligible", "recent_payment_trouble", "dormant"]
CAT = ["plan", "region"]
FEATURES = NUM + BIN + CAT

# audit: nothing declared leaky (or derived from it), no ids, no target
assert not set(FEATURES) & set(LEAKY + [TARGET, ID, GROUP, TIME])
print(train[FEATURES + [TARGET]].groupby("offer_eligible")[TARGET].agg(["mean", "size"]))

cut = pd.Timestamp("2024-07-01")
fit_df = train[train[TIME] < cut]
val_df = train[train[TIME] >= cut]
val_df = val_df[~val_df[GROUP].isin(fit_df[GROUP])]
assert fit_df[TIME].max() < val_df[TIME].min()
assert not set(fit_df[GROUP]) & set(val_df[GROUP])

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", RobustScaler(), NUM),
        ("bin", "passthrough", BIN),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])),
    ("clf", LogisticRegression(C=0.5, max_iter=4000)),
])
pipe.fit(fit_df[FEATURES], fit_df[TARGET])
p = pipe.predict_proba(val_df[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df[TARGET])
p0 = dummy.predict_proba(val_df[FEATURES])[:, 1]

for name, pr in [("prior baseline", p0), ("logistic", p)]:
    print(f"{name:>15}: AUC {roc_auc_score(val_df[TARGET], pr):.4f}  "
          f"AP {average_precision_score(val_df[TARGET], pr):.4f}  "
          f"logloss {log_loss(val_df[TARGET], pr):.4f}")

pipe.fit(train[FEATURES], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": pipe.predict_proba(test[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
