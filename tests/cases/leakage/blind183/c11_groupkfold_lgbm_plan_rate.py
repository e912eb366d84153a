"""Churn snapshots: LightGBM with customer-grouped cross-validation.

Rows are monthly snapshots, so the same customer shows up many times. To avoid
the model memorising customers I use GroupKFold on customer_id.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

with open("task.json") as f:
    TASK = json.load(f)
TARGET = TASK["target"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

# --- feature engineering ----------------------------------------------------
def engineer(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["log_spend"] = np.log1p(out["monthly_spend"])
    out["inactive"] = (out["days_since_last_login"] > 30).astype(int)
    out["tickets_x_inactive"] = out["support_tickets_30d"] * out["inactive"]
    out["plan"] = out["plan"].astype("category")
    out["region"] = out["region"].astype("category")
    return out


train = engineer(train)
test = engineer(test)

# churn rate by plan is a strong signal in the EDA, add it as a numeric feature
plan_rate = train.groupby("plan", observed=True)[TARGET].mean()
train["plan_churn_rate"] = train["plan"].map(plan_rate).astype(float)
test["plan_churn_rate"] = test["plan"].map(plan_rate).astype(float)

FEATURES = [
    "tenure_months", "log_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login", "inactive", "tickets_x_inactive",
    "region", "plan_churn_rate",
]

X = train[FEATURES]
y = train[TARGET].to_numpy()
groups = train["customer_id"].to_numpy()

params = dict(
    n_estimators=300, learning_rate=0.05, num_leaves=15,
    min_child_samples=100, reg_lambda=1.0, random_state=0, verbose=-1,
)

gkf = GroupKFold(n_splits=5)
oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
for fold, (tr_idx, va_idx) in enumerate(gkf.split(X, y, groups)):
    model = lgb.LGBMClassifier(**params)
    model.fit(X.iloc[tr_idx], y[tr_idx])
    oof[va_idx] = model.predict_proba(X.iloc[va_idx])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(X.iloc[tr_idx], y[tr_idx])
    oof_dummy[va_idx] = dummy.predict_proba(X.iloc[va_idx])[:, 1]

    print(f"fold {fold}: AUC {roc_auc_score(y[va_idx], oof[va_idx]):.4f}")

print("OOF AUC   model %.4f | baseline %.4f" % (roc_auc_score(y, oof), roc_auc_score(y, oof_dummy)))
print("OOF AP    model %.4f | baseline %.4f" % (average_precision_score(y, oof), average_precision_score(y, oof_dummy)))

# --- final fit -----------------------------------------------------------------
final = lgb.LGBMClassifier(**params).fit(X, y)
pd.DataFrame(
    {"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[FEATURES])[:, 1]}
).to_csv("predictions.csv", index=False)
