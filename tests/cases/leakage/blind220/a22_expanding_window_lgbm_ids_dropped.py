# Churn snapshots -- expanding-window backtest for a LightGBM scorer
#
# For each origin month m in Jul, Aug, Sep:
#   train on every snapshot before m
#   score month m, only for customers with no snapshot before m (test.csv is new customers)
# and average across origins. Baseline = training churn rate for everyone.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month
df = df.sort_values(["customer_id", "month"]).reset_index(drop=True)

# ---------------------------------------------------------------- features
grp = df.groupby("customer_id")
df["usage_l1"] = grp["usage_hours"].shift(1)
df["usage_l2"] = grp["usage_hours"].shift(2)
df["usage_mean_prior"] = grp["usage_hours"].transform(lambda s: s.shift(1).expanding().mean())
df["tickets_mean_prior"] = grp["support_tickets"].transform(lambda s: s.shift(1).expanding().mean())
df["failures_total_prior"] = grp["payment_failures"].transform(lambda s: s.shift(1).expanding().sum())
df["usage_vs_prior"] = df["usage_hours"] - df["usage_mean_prior"]
df["charges_per_hour"] = df["monthly_charges"] / (df["usage_hours"] + 1)
df["plan"] = df["plan"].astype("category")

NOT_FEATURES = {TARGET, "snapshot_id", "customer_id", "snapshot_month", "month", *LEAKY}
FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
print("features:", FEATURES)

PARAMS = dict(n_estimators=600, learning_rate=0.03, num_leaves=24, min_child_samples=60,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=2.0,
              verbose=-1, random_state=0)


def precision_at_k(y, s, k):
    order = np.argsort(-s)[:k]
    return float(np.asarray(y)[order].mean())


rows = []
for origin in (7, 8, 9):
    past = df[df.month < origin]
    cur = df[(df.month == origin) & ~df.customer_id.isin(past.customer_id.unique())]
    if cur[TARGET].nunique() < 2:
        print("skip origin", origin, "- no churners among new customers")
        continue
    clf = lgb.LGBMClassifier(**PARAMS).fit(past[FEATURES], past[TARGET])
    s = clf.predict_proba(cur[FEATURES])[:, 1]
    prior = np.full(len(cur), past[TARGET].mean())
    k = max(1, int(0.05 * len(cur)))
    rows.append({
        "origin": origin, "n_train": len(past), "n_eval": len(cur), "eval_churn": cur[TARGET].mean(),
        "auc": roc_auc_score(cur[TARGET], s), "ap": average_precision_score(cur[TARGET], s),
        "brier": brier_score_loss(cur[TARGET], s),
        "baseline_ap": average_precision_score(cur[TARGET], prior),
        "baseline_brier": brier_score_loss(cur[TARGET], prior),
        "prec_top5pct": precision_at_k(cur[TARGET], s, k),
    })

bt = pd.DataFrame(rows).set_index("origin")
print(bt.round(4).to_string())
print("\nmean over origins")
print(bt[["auc", "ap", "baseline_ap", "brier", "baseline_brier", "prec_top5pct"]].mean().round(4).to_string())

# ---------------------------------------------------------------- final fit
final = lgb.LGBMClassifier(**PARAMS).fit(df[FEATURES], df[TARGET])
imp = pd.Series(final.booster_.feature_importance("gain"), index=FEATURES).sort_values(ascending=False)
print(imp.head(10).round(1).to_string())

test = pd.read_csv("test.csv")
test["month"] = pd.to_datetime(test["snapshot_month"]).dt.month
test = test.sort_values(["customer_id", "month"]).reset_index(drop=True)
tg = test.groupby("customer_id")
test["usage_l1"] = tg["usage_hours"].shift(1)
test["usage_l2"] = tg["usage_hours"].shift(2)
test["usage_mean_prior"] = tg["usage_hours"].transform(lambda s: s.shift(1).expanding().mean())
test["tickets_mean_prior"] = tg["support_tickets"].transform(lambda s: s.shift(1).expanding().mean())
test["failures_total_prior"] = tg["payment_failures"].transform(lambda s: s.shift(1).expanding().sum())
test["usage_vs_prior"] = test["usage_hours"] - test["usage_mean_prior"]
test["charges_per_hour"] = test["monthly_charges"] / (test["usage_hours"] + 1)
test["plan"] = pd.Categorical(test["plan"], categories=df["plan"].cat.categories)
test[["snapshot_id"]].assign(prediction=final.predict_proba(test[FEATURES])[:, 1]).to_csv(
    "predictions.csv", index=False)
print("saved", len(test), "predictions")
