# churn-snapshots take-home -- XGBoost with customer profile features
#
# ## Data audit
# At a snapshot we know the customer's plan, charges, tenure and the trailing
# 30/90-day activity counters. retention_offer_accepted and
# account_closed_date_known are filled in by the save desk / billing after the
# churn decision, so they are dropped. snapshot_id and customer_id are keys.
#
# ## Validation plan
# New customers, later months: hold out 20% of customer ids, evaluate them on
# Jul-Sep snapshots, train on the remaining ids' Jan-Jun snapshots.
#
# ## Features
# Besides the raw snapshot values, a "profile" of each customer: typical
# login level, ticket volume and charge level, which normalises the current
# month against the customer's usual behaviour. Profiles only use snapshots
# strictly before the current one (shift(1) then expanding), so a snapshot never
# sees its own future months.

import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
DROP = task["leaky_columns"]

raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=DROP)
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"]).drop(columns=DROP, errors="ignore")


def build_features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    by_cust = df.groupby("customer_id")
    # profile = what we knew about the customer BEFORE this snapshot
    df["cust_mean_logins"] = by_cust["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    df["cust_max_tickets"] = by_cust["support_tickets_30d"].transform(lambda s: s.shift(1).cummax())
    df["cust_mean_charges"] = by_cust["monthly_charges"].transform(lambda s: s.shift(1).expanding().mean())
    df["logins_vs_usual"] = df["logins_30d"] / (df["cust_mean_logins"].fillna(df["logins_30d"]) + 1)
    df["charges_vs_usual"] = (df["monthly_charges"] - df["cust_mean_charges"]).fillna(0)
    df["is_premium"] = (df["plan"] == "premium").astype(int)
    df = pd.get_dummies(df, columns=["region"], prefix="reg", dtype=int)
    return df


raw = build_features(raw)
sub = build_features(sub)
region_cols = sorted(c for c in raw.columns if c.startswith("reg_"))
for c in region_cols:
    if c not in sub:
        sub[c] = 0

FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "cust_mean_logins", "cust_max_tickets", "logins_vs_usual", "charges_vs_usual",
            "is_premium"] + region_cols

# -- split
rng = np.random.default_rng(2024)
ids = raw["customer_id"].unique()
rng.shuffle(ids)
holdout_ids = set(ids[: len(ids) // 5])
cut = pd.Timestamp("2024-07-01")
is_hold = raw["customer_id"].isin(holdout_ids)
train_part = raw[~is_hold & (raw["snapshot_month"] < cut)]
valid_part = raw[is_hold & (raw["snapshot_month"] >= cut)]

pos_weight = (train_part[TARGET] == 0).sum() / max((train_part[TARGET] == 1).sum(), 1)
model = xgb.XGBClassifier(n_estimators=350, max_depth=4, learning_rate=0.05,
                          subsample=0.8, colsample_bytree=0.8,
                          scale_pos_weight=pos_weight, eval_metric="auc", random_state=1)
model.fit(train_part[FEATURES], train_part[TARGET])
valid_part = valid_part.assign(score=model.predict_proba(valid_part[FEATURES])[:, 1])

# baseline: the base churn rate for everybody -> AUC 0.5, AP = prevalence
baseline_score = np.full(len(valid_part), train_part[TARGET].mean())
print("baseline  AUC %.3f  AP %.3f" % (roc_auc_score(valid_part[TARGET], baseline_score),
                                       average_precision_score(valid_part[TARGET], baseline_score)))
print("xgboost   AUC %.3f  AP %.3f" % (roc_auc_score(valid_part[TARGET], valid_part["score"]),
                                       average_precision_score(valid_part[TARGET], valid_part["score"])))

# ## Error analysis by segment
valid_part["tenure_band"] = pd.cut(valid_part["tenure_months"], [-1, 6, 12, 24, 60, 999])
for col in ["plan", "tenure_band"]:
    summary = valid_part.groupby(col, observed=True).apply(
        lambda g: pd.Series({"n": len(g), "churn": g[TARGET].mean(),
                             "auc": roc_auc_score(g[TARGET], g["score"]) if g[TARGET].nunique() > 1 else np.nan}))
    print(summary.round(3))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(10))

# ## Submission
model.fit(raw[FEATURES], raw[TARGET])
pd.DataFrame({ID: sub[ID], "prediction": model.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)

# ## Recommendation
# The "vs usual" ratios carry most of the signal: a customer logging in far
# less than their own norm is the clearest churn warning. Use the ranked list
# for the monthly retention call queue.
