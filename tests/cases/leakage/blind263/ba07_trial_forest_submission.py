#!/usr/bin/env python
"""
Trial conversion model + predictions.csv for the hand-in.

Usage: python model.py   (expects train.csv / test.csv in cwd)
"""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "converted_14d"
CUTOFF = "2024-05-01"


def add_features(d):
    d = d.sort_values(["account_id", "snapshot_date"]).copy()
    g = d.groupby("account_id")
    d["sessions_prev_total"] = g["sessions"].transform(lambda s: s.shift(1).cumsum()).fillna(0)
    d["events_prev_total"] = g["events"].transform(lambda s: s.shift(1).cumsum()).fillna(0)
    d["invites_prev_total"] = g["invites_sent"].transform(lambda s: s.shift(1).cumsum()).fillna(0)
    d["billing_prev_7d"] = g["billing_page_views"].transform(lambda s: s.shift(1).rolling(7, min_periods=1).sum()).fillna(0)
    d["active_days_prev"] = g["sessions"].transform(lambda s: (s.shift(1) > 0).cumsum()).fillna(0)
    # first invoice is NaN when the account never paid -> 0
    if "first_invoice_amount" in d:
        d["first_invoice_amount"] = d["first_invoice_amount"].fillna(0)
    d = pd.get_dummies(d, columns=["signup_channel", "company_size", "industry"], dtype=int)
    return d


df = pd.read_csv("train.csv", parse_dates=["snapshot_date", "signup_date"])
df = add_features(df)

non_features = ["row_id", "account_id", "snapshot_date", "signup_date", "paid_plan", TARGET]
X_cols = [c for c in df.columns if c not in non_features]
print(len(X_cols), "features")

# time-based holdout; accounts already active before cutoff stay out of the holdout
train = df[df.snapshot_date < CUTOFF]
hold = df[(df.snapshot_date >= CUTOFF) & ~df.account_id.isin(train.account_id.unique())]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=0)
rf.fit(train[X_cols], train[TARGET])
dummy = DummyClassifier(strategy="most_frequent").fit(train[X_cols], train[TARGET])

p_rf = rf.predict_proba(hold[X_cols])[:, 1]
p_du = dummy.predict_proba(hold[X_cols])[:, 1]
print("dummy  auc", round(roc_auc_score(hold[TARGET], p_du), 3), "ap", round(average_precision_score(hold[TARGET], p_du), 3))
print("rf     auc", round(roc_auc_score(hold[TARGET], p_rf), 3), "ap", round(average_precision_score(hold[TARGET], p_rf), 3),
      "f1@0.5", round(f1_score(hold[TARGET], p_rf > 0.5), 3))

print(pd.Series(rf.feature_importances_, X_cols).nlargest(8))

# final model on all of train.csv for the submission
rf.fit(df[X_cols], df[TARGET])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_date", "signup_date"])
sub = add_features(sub).reindex(columns=["row_id"] + X_cols, fill_value=0)
pd.DataFrame({"row_id": sub["row_id"], "prediction": rf.predict_proba(sub[X_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv")
