"""Churn model with a per-customer behaviour profile.

Each snapshot carries the customer's typical behaviour so far: the usual
and the peak level of logins, tickets and login recency over earlier months.
Validation: Jul-Sep snapshots of customers with no snapshot before July.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
KEY, TIME = "customer_id", "snapshot_month"
BEHAVIOUR = ["logins_30d", "support_tickets_30d", "days_since_last_login"]


def profile(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values([KEY, TIME]).copy()
    g = df.groupby(KEY)
    for col in BEHAVIOUR:
        # the customer's usual level as known at the snapshot: earlier rows only
        df[f"{col}_usual"] = g[col].transform(lambda s: s.shift(1).expanding().mean())
        df[f"{col}_peak"] = g[col].transform(lambda s: s.shift(1).cummax())
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["payment_failures_lag1"] = g["payment_failures_90d"].shift(1)
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
    return df


train = profile(pd.read_csv("train.csv", parse_dates=[TIME]))
test = profile(pd.read_csv("test.csv", parse_dates=[TIME]))
feats = [c for c in train.columns if c not in {
    "snapshot_id", KEY, TIME, TARGET,
    "retention_offer_accepted", "account_closed_date_known"}]
test = test.reindex(columns=sorted(set(test.columns) | set(feats)), fill_value=0.0)

cut = pd.Timestamp("2024-07-01")
trn = train[train[TIME] < cut]
val = train[(train[TIME] >= cut) & ~train[KEY].isin(trn[KEY])]
print("train", trn.shape, "valid", val.shape)

params = dict(n_estimators=500, learning_rate=0.03, max_depth=4, subsample=0.9,
              colsample_bytree=0.8, min_child_weight=3, random_state=21)
model = xgb.XGBClassifier(**params).fit(trn[feats], trn[TARGET])
dummy = DummyClassifier(strategy="prior").fit(trn[feats], trn[TARGET])

rows = []
for name, est in (("dummy_prior", dummy), ("xgboost", model)):
    p = est.predict_proba(val[feats])[:, 1]
    rows.append((name, roc_auc_score(val[TARGET], p), average_precision_score(val[TARGET], p)))
print(pd.DataFrame(rows, columns=["model", "roc_auc", "pr_auc"]).round(4).to_string(index=False))

gain = model.get_booster().get_score(importance_type="gain")
print(sorted(gain.items(), key=lambda kv: -kv[1])[:10])

final = xgb.XGBClassifier(**params).fit(train[feats], train[TARGET])
pred = final.predict_proba(test[feats])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": np.clip(pred, 0, 1)}).to_csv(
    "predictions.csv", index=False)
