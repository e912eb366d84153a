# Churn-snapshots - feature pruning + ExtraTrees / LightGBM blend
#
# Lots of history features are redundant. I rank them by LightGBM gain, drop the tail, and
# fit the final blend on the survivors.
#
# Validation design: split the **unique customer ids** 80/20, then keep the 80% customers'
# snapshots before July for fitting and the 20% customers' snapshots from July on for scoring.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
KEYS = ["snapshot_id", "customer_id", "snapshot_month"]
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
raw_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

def expand(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    num = ["logins_30d", "days_since_last_login", "support_tickets_30d", "monthly_charges", "payment_failures_90d"]
    for c in num:
        for k in (1, 2, 3):
            df[f"{c}_lag{k}"] = g[c].shift(k)
        df[f"{c}_d1"] = df[c] - df[f"{c}_lag1"]
        df[f"{c}_prev_mean"] = g[c].transform(lambda s: s.shift(1).expanding().mean())
        df[f"{c}_prev_min"] = g[c].transform(lambda s: s.shift(1).expanding().min())
    df["tenure_x_charges"] = df["tenure_months"] * df["monthly_charges"]
    df["k_snapshots"] = g.cumcount()
    return pd.get_dummies(df, columns=["plan", "region"], dtype=int)

data = expand(raw)
test = expand(raw_test)
ALL_FEATS = [c for c in data.columns if c not in KEYS + [TARGET] + LEAKY]
print(len(ALL_FEATS))

customers = data["customer_id"].unique()
fit_c, val_c = train_test_split(customers, test_size=0.2, random_state=37)
cut = pd.Timestamp("2024-07-01")
fit_df = data[data["customer_id"].isin(fit_c) & (data["snapshot_month"] < cut)]
val_df = data[data["customer_id"].isin(val_c) & (data["snapshot_month"] >= cut)]

ranker = lgb.LGBMClassifier(n_estimators=300, learning_rate=0.05, num_leaves=31, importance_type="gain",
                            verbose=-1, random_state=37)
ranker.fit(fit_df[ALL_FEATS], fit_df[TARGET])  # ranking uses the fitting rows only
gain = pd.Series(ranker.feature_importances_, index=ALL_FEATS).sort_values(ascending=False)
keep = gain[gain.cumsum() / gain.sum() <= 0.95].index.tolist()
print(f"keeping {len(keep)} / {len(ALL_FEATS)} features")
gain.head(15)

et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=15, max_features=0.5,
                          class_weight="balanced", n_jobs=-1, random_state=37)
gbm = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                         verbose=-1, random_state=37)
et.fit(fit_df[keep].fillna(-999), fit_df[TARGET])
gbm.fit(fit_df[keep], fit_df[TARGET])

p_et = et.predict_proba(val_df[keep].fillna(-999))[:, 1]
p_gbm = gbm.predict_proba(val_df[keep])[:, 1]
p_blend = 0.5 * p_et + 0.5 * p_gbm
p_dummy = DummyClassifier(strategy="prior").fit(fit_df[keep], fit_df[TARGET]).predict_proba(val_df[keep])[:, 1]

for name, p in [("dummy", p_dummy), ("extratrees", p_et), ("lightgbm", p_gbm), ("blend", p_blend)]:
    print(f"{name:11s} AUC {roc_auc_score(val_df[TARGET], p):.4f}  AP {average_precision_score(val_df[TARGET], p):.4f}")

et.fit(data[keep].fillna(-999), data[TARGET])
gbm.fit(data[keep], data[TARGET])
test = test.reindex(columns=["snapshot_id"] + keep, fill_value=0)
p_test = 0.5 * et.predict_proba(test[keep].fillna(-999))[:, 1] + 0.5 * gbm.predict_proba(test[keep])[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": p_test}).to_csv("predictions.csv", index=False)
