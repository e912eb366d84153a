"""Churn-snapshots: HistGradientBoosting with sklearn's TargetEncoder on the categoricals.

TargetEncoder lives inside the pipeline, so its category statistics are learned (with internal
cross-fitting) from the rows the pipeline is fitted on, never from the validation rows.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import TargetEncoder

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUST = "customer_id"
ID = "snapshot_id"

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])

for frame in (train, test):
    frame["plan_region"] = frame["plan"].astype(str) + "|" + frame["region"].astype(str)
    frame["tenure_band"] = pd.cut(frame["tenure_months"], [0, 6, 12, 24, 48, 10_000],
                                  include_lowest=True).astype(str)

HIGH_CARD = ["plan_region", "tenure_band", "region"]
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
           "support_tickets_30d", "payment_failures_90d"]

print("rows per month:\n", train[TIME].dt.strftime("%Y-%m").value_counts().sort_index())
print("levels:", {c: train[c].nunique() for c in HIGH_CARD})


def make_pipe():
    enc = ColumnTransformer([
        ("te", TargetEncoder(target_type="binary", smooth="auto", random_state=0), HIGH_CARD),
        ("num", "passthrough", NUMERIC),
    ])
    clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, max_leaf_nodes=24,
                                         l2_regularization=0.5, random_state=0)
    return Pipeline([("enc", enc), ("clf", clf)])


cut = pd.Timestamp("2024-07-01")
early = train[train[TIME] < cut]
late_unseen = train[(train[TIME] >= cut) & ~train[CUST].isin(early[CUST])]
print(f"fit rows {len(early)}, eval rows {len(late_unseen)}")

cols = HIGH_CARD + NUMERIC
pipe = make_pipe().fit(early[cols], early[TARGET])
p = pipe.predict_proba(late_unseen[cols])[:, 1]

base = DummyClassifier(strategy="prior").fit(early[cols], early[TARGET])
pb = base.predict_proba(late_unseen[cols])[:, 1]

summary = pd.DataFrame(
    [[roc_auc_score(late_unseen[TARGET], pb), average_precision_score(late_unseen[TARGET], pb)],
     [roc_auc_score(late_unseen[TARGET], p), average_precision_score(late_unseen[TARGET], p)]],
    index=["dummy_prior", "hgb_target_enc"], columns=["roc_auc", "average_precision"],
)
print(summary.round(4))

final = make_pipe().fit(train[cols], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
with open("metrics.json", "w") as fh:
    json.dump(summary.loc["hgb_target_enc"].to_dict(), fh)
