"""Churn snapshots: engagement-trend features + random forest.

Idea: churners disengage gradually, so month-over-month changes in logins /
tickets should carry signal beyond the raw snapshot.
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
TREND_COLS = ["logins_30d", "support_tickets_30d", "days_since_last_login", "monthly_charges"]


def trend_features(d: pd.DataFrame) -> pd.DataFrame:
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    # gaps in the engagement fields: take the customer's neighbouring snapshot
    d["days_since_last_login"] = g["days_since_last_login"].bfill()
    d["logins_30d"] = g["logins_30d"].bfill()
    # newest snapshot first within each customer (easier to eyeball when debugging)
    d = d.sort_values(["customer_id", "snapshot_month"], ascending=[True, False])
    g = d.groupby("customer_id")
    for c in TREND_COLS:
        d[f"{c}_other"] = g[c].shift(1)
        d[f"{c}_diff"] = d[c] - d[f"{c}_other"]
    d["charge_went_up"] = (d["monthly_charges_diff"] > 0).astype(int)
    d = d.fillna({f"{c}_diff": 0 for c in TREND_COLS})
    d["has_discount"] = d["has_discount"].astype(int)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


train = trend_features(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
test = trend_features(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))

features = [c for c in train.columns
            if c not in {TARGET, ID, "customer_id", "snapshot_month",
                         "retention_offer_accepted", "account_closed_date_known"}
            and not c.endswith("_other")]
test = test.reindex(columns=[ID] + features, fill_value=0)
X = train[features].fillna(-1)
y = train[TARGET]

# out-of-time, out-of-customer holdout
cut = pd.Timestamp("2024-07-01")
is_fit = train["snapshot_month"] < cut
fit_customers = set(train.loc[is_fit, "customer_id"])
is_hold = (train["snapshot_month"] >= cut) & ~train["customer_id"].isin(fit_customers)
print("fit rows:", int(is_fit.sum()), "holdout rows:", int(is_hold.sum()))

# baseline: one-feature logistic regression on days since last login
baseline = LogisticRegression().fit(X.loc[is_fit, ["days_since_last_login"]], y[is_fit])
p_base = baseline.predict_proba(X.loc[is_hold, ["days_since_last_login"]])[:, 1]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=15, max_features=0.4,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=21)
rf.fit(X[is_fit], y[is_fit])
p_rf = rf.predict_proba(X[is_hold])[:, 1]

summary = {
    "baseline_days_since_login": {"roc_auc": roc_auc_score(y[is_hold], p_base),
                                  "average_precision": average_precision_score(y[is_hold], p_base)},
    "random_forest": {"roc_auc": roc_auc_score(y[is_hold], p_rf),
                      "average_precision": average_precision_score(y[is_hold], p_rf)},
}
print(pd.DataFrame(summary).T.round(4))
print(pd.Series(rf.feature_importances_, index=features).nlargest(10).round(4))

rf.fit(X, y)
test["prediction"] = rf.predict_proba(test[features].fillna(-1))[:, 1]
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": float(summary["random_forest"]["roc_auc"])}, open("metrics.json", "w"))
