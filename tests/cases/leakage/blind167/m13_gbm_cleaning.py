"""
Take-home: churn in the next month from monthly account snapshots.

Steps
  1. load + sanity checks
  2. cleaning: impute missing engagement fields, cap heavy-tailed counts
  3. time/customer-aware holdout
  4. gradient boosting vs. prior baseline
  5. predictions.csv + metrics.json
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
NUM = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
HEAVY = ["logins_30d", "support_tickets_30d", "monthly_charges"]

# 1. load ---------------------------------------------------------------------
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
assert df[ID].is_unique and sub[ID].is_unique
print(df[NUM].isna().sum())
print(df[NUM].describe(percentiles=[0.5, 0.9, 0.99]).T)

# 2. cleaning -------------------------------------------------------------------
medians = df[NUM].median()
caps = df[HEAVY].quantile(0.99)


def clean(d):
    d = d.copy()
    d[NUM] = d[NUM].fillna(medians)
    for c in HEAVY:
        d[c] = d[c].clip(upper=caps[c])
    d["has_discount"] = d["has_discount"].astype(int)
    d["low_usage"] = (d["logins_30d"] < 2).astype(int)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


df = clean(df)
sub = clean(sub)
features = [c for c in df.columns
            if c not in [TARGET, ID, "customer_id", "snapshot_month"] + LEAKY]
sub = sub.reindex(columns=[ID] + features, fill_value=0)

# 3. holdout: Jul-Sep, customers never seen before July -------------------------
cut = pd.Timestamp("2024-07-01")
train_part = df[df.snapshot_month < cut]
hold = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(train_part.customer_id)]
print(f"train part {len(train_part)} rows, holdout {len(hold)} rows, holdout churn {hold[TARGET].mean():.3f}")

# 4. models -----------------------------------------------------------------------
gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                 subsample=0.8, random_state=11)
gbm.fit(train_part[features], train_part[TARGET])
p_gbm = gbm.predict_proba(hold[features])[:, 1]
p_base = np.repeat(train_part[TARGET].mean(), len(hold))   # baseline: predict the prior

metrics = {
    "baseline_prior": {"roc_auc": roc_auc_score(hold[TARGET], p_base),
                       "average_precision": average_precision_score(hold[TARGET], p_base)},
    "gbm": {"roc_auc": roc_auc_score(hold[TARGET], p_gbm),
            "average_precision": average_precision_score(hold[TARGET], p_gbm)},
}
for k, v in metrics.items():
    print(k, {m: round(x, 4) for m, x in v.items()})

top = pd.Series(gbm.feature_importances_, index=features).nlargest(10)
print(top)

# 5. submission ---------------------------------------------------------------------
final = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                   subsample=0.8, random_state=11).fit(df[features], df[TARGET])
sub["prediction"] = final.predict_proba(sub[features])[:, 1]
sub[[ID, "prediction"]].to_csv("predictions.csv", index=False)
with open("metrics.json", "w") as f:
    json.dump({"roc_auc": round(metrics["gbm"]["roc_auc"], 4)}, f)
