"""LightGBM churn model with importance-based feature pruning.

Many lag / window features are generated; a first LightGBM pass ranks
them by gain and everything below 1% of total gain is pruned.
"""
import json

import lightgbm as lgb
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as f:
    task = json.load(f)
TARGET = task["target"]
NON_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET, *task["leaky_columns"]]
SIGNALS = ["logins_30d", "days_since_last_login", "support_tickets_30d",
           "payment_failures_90d", "monthly_charges"]


def engineer(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    for s in SIGNALS:
        shifted = g[s].shift(1)
        df[f"{s}_l1"] = shifted
        df[f"{s}_l2"] = g[s].shift(2)
        df[f"{s}_d1"] = df[s] - shifted
        df[f"{s}_r3_mean"] = g[s].transform(lambda x: x.shift(1).rolling(3, min_periods=1).mean())
        df[f"{s}_r3_max"] = g[s].transform(lambda x: x.shift(1).rolling(3, min_periods=1).max())
        df[f"{s}_exp_mean"] = g[s].transform(lambda x: x.shift(1).expanding().mean())
    df["n_prior"] = g.cumcount()
    for c in ("plan", "region"):
        df[c] = df[c].astype("category")
    return df


train = engineer(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
test = engineer(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
all_features = [c for c in train.columns if c not in NON_FEATURES]

params = dict(n_estimators=400, learning_rate=0.05, num_leaves=31,
              min_child_samples=50, colsample_bytree=0.8, random_state=2, verbose=-1)

# pass 1: rank features by gain
ranker = lgb.LGBMClassifier(**params).fit(train[all_features], train[TARGET])
gain = pd.Series(ranker.booster_.feature_importance("gain"), index=all_features)
share = gain / gain.sum()
kept = share[share >= 0.01].index.tolist()
print(f"kept {len(kept)} of {len(all_features)} features")
print(share.sort_values(ascending=False).head(15).round(3).to_string())

# pass 2: evaluate the pruned model on later months / unseen customers
cut = pd.Timestamp("2024-07-01")
early = train[train["snapshot_month"] < cut]
late = train[(train["snapshot_month"] >= cut) & ~train["customer_id"].isin(early["customer_id"])]
model = lgb.LGBMClassifier(**params).fit(early[kept], early[TARGET])
p = model.predict_proba(late[kept])[:, 1]
print(f"validation ROC AUC {roc_auc_score(late[TARGET], p):.4f}")
print(f"validation PR AUC  {average_precision_score(late[TARGET], p):.4f}")

final = lgb.LGBMClassifier(**params).fit(train[kept], train[TARGET])
test["prediction"] = final.predict_proba(test[kept])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
