"""Churn snapshots - LightGBM with a rolling-origin CV that mimics the test set.

For each validation month m in Jun..Sep:
  * customers are split in 4 buckets; bucket k is the validation bucket for that round,
  * the model trains on the other buckets' snapshots strictly before m,
  * it is scored on bucket k's snapshots of month m.
So every round is "future month, customers never seen in training", like test.csv.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

# per-customer lags, only backwards
grp = df.groupby("customer_id")
df["logins_prev"] = grp["logins_30d"].shift(1)
df["logins_prev_mean3"] = grp["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df["days_login_prev"] = grp["days_since_last_login"].shift(1)
df["failures_change"] = grp["payment_failures_90d"].diff()
df["plan"] = df["plan"].astype("category")
df["region"] = df["region"].astype("category")
df["has_discount"] = df["has_discount"].astype(int)
FEATS = [c for c in df.columns if c not in DROP]
print(FEATS)

rng = np.random.default_rng(31)
cust = df["customer_id"].unique()
bucket_of = pd.Series(rng.integers(0, 4, size=len(cust)), index=cust)
df["bucket"] = df["customer_id"].map(bucket_of)

results = []
val_months = pd.to_datetime(["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"])
for k, month in enumerate(val_months):
    tr = df[(df["bucket"] != k % 4) & (df["snapshot_month"] < month)]
    va = df[(df["bucket"] == k % 4) & (df["snapshot_month"] == month)]
    m = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=20,
                           min_child_samples=50, random_state=31, verbose=-1)
    m.fit(tr[FEATS], tr[TARGET])
    p = m.predict_proba(va[FEATS])[:, 1]
    d = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET]).predict_proba(va[FEATS])[:, 1]
    results.append({"month": month.strftime("%Y-%m"), "n_train": len(tr), "n_valid": len(va),
                    "auc": roc_auc_score(va[TARGET], p), "ap": average_precision_score(va[TARGET], p),
                    "dummy_ap": average_precision_score(va[TARGET], d)})

res = pd.DataFrame(results)
print(res.round(4))
print("mean AUC:", res["auc"].mean().round(4), "| mean AP:", res["ap"].mean().round(4),
      "| dummy AP:", res["dummy_ap"].mean().round(4))

# final model on all of train.csv
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).sort_values(["customer_id", "snapshot_month"])
tg = test.groupby("customer_id")
test["logins_prev"] = tg["logins_30d"].shift(1)
test["logins_prev_mean3"] = tg["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
test["days_login_prev"] = tg["days_since_last_login"].shift(1)
test["failures_change"] = tg["payment_failures_90d"].diff()
test["plan"] = pd.Categorical(test["plan"], categories=df["plan"].cat.categories)
test["region"] = pd.Categorical(test["region"], categories=df["region"].cat.categories)
test["has_discount"] = test["has_discount"].astype(int)

final = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=20,
                           min_child_samples=50, random_state=31, verbose=-1)
final.fit(df[FEATS], df[TARGET])
test["prediction"] = final.predict_proba(test[FEATS])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
