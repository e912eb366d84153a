"""Churn snapshots -- XGBoost with customer-profile features.

Design notes for the memo
- features: current snapshot + how the customer compares with their own usual behaviour
- evaluation: customers are split 70/30 with GroupShuffleSplit; the model trains on the 70%
  up to June and is scored on the 30% from July to September (unseen customers, later
  months -- same shape as test.csv).
- baseline: prior-rate dummy and a "tickets in the last snapshot" heuristic.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "churned_next_month"
EXCLUDE = ["snapshot_id", "customer_id", "snapshot_month", "plan", TARGET,
           "retention_offer_accepted", "account_closed_date_known"]
CUT = "2024-07"

df = pd.read_csv("train.csv", dtype={"snapshot_month": str})
df["snapshot_month"] = df["snapshot_month"].str[:7]
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

# --- customer profile: what is normal for this customer? ----------------------------
by_cust = df.groupby("customer_id")
df["cust_usage_mean"] = by_cust["usage_hours"].transform("mean")
df["cust_usage_std"] = by_cust["usage_hours"].transform("std").fillna(0)
df["cust_max_tickets"] = by_cust["support_tickets"].transform("max")
df["cust_total_failures"] = by_cust["payment_failures"].transform("sum")
df["usage_lag1"] = by_cust["usage_hours"].shift(1)
df["tickets_lag1"] = by_cust["support_tickets"].shift(1)
df["charges_pct_change"] = by_cust["monthly_charges"].pct_change().fillna(0)

plan_dummies = pd.get_dummies(df["plan"], prefix="plan", dtype=int)
df = pd.concat([df, plan_dummies], axis=1)
FEATS = [c for c in df.columns if c not in EXCLUDE]

# --- split: unseen customers, later months --------------------------------------------
gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=3)
tr_idx, ho_idx = next(gss.split(df, groups=df["customer_id"]))
tr = df.iloc[tr_idx]
ho = df.iloc[ho_idx]
tr = tr[tr["snapshot_month"] < CUT]
ho = ho[ho["snapshot_month"] >= CUT]
print("train", tr.shape, tr[TARGET].mean().round(4), "| holdout", ho.shape, ho[TARGET].mean().round(4))

scale_pos = (1 - tr[TARGET].mean()) / tr[TARGET].mean()
clf = xgb.XGBClassifier(
    n_estimators=450, learning_rate=0.04, max_depth=4, min_child_weight=5,
    subsample=0.85, colsample_bytree=0.8, scale_pos_weight=np.sqrt(scale_pos),
    eval_metric="aucpr", tree_method="hist", random_state=0,
)
clf.fit(tr[FEATS], tr[TARGET])
p = clf.predict_proba(ho[FEATS])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(tr[FEATS], tr[TARGET])
p0 = dummy.predict_proba(ho[FEATS])[:, 1]
heur = ho["support_tickets"].values + 2 * ho["payment_failures"].values


def scores(y, s, name):
    return {"model": name, "roc_auc": roc_auc_score(y, s),
            "pr_auc": average_precision_score(y, s),
            "brier": brier_score_loss(y, s) if s.max() <= 1 else np.nan}


table = pd.DataFrame([
    scores(ho[TARGET], p, "xgboost"),
    scores(ho[TARGET], p0, "baseline (prior)"),
    scores(ho[TARGET], heur, "baseline (tickets+failures)"),
]).set_index("model")
print(table.round(4).to_markdown())

# lift table by decile for the memo
ho = ho.assign(score=p)
ho["decile"] = pd.qcut(ho["score"].rank(method="first"), 10, labels=range(10, 0, -1))
lift = ho.groupby("decile", observed=True)[TARGET].agg(["count", "mean"])
lift["lift"] = lift["mean"] / ho[TARGET].mean()
print(lift.sort_index().round(3))

gain = pd.Series(clf.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(12).round(2))

# --- predictions for test.csv -----------------------------------------------------
test = pd.read_csv("test.csv", dtype={"snapshot_month": str})
test["snapshot_month"] = test["snapshot_month"].str[:7]
test = test.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
bt = test.groupby("customer_id")
test["cust_usage_mean"] = bt["usage_hours"].transform("mean")
test["cust_usage_std"] = bt["usage_hours"].transform("std").fillna(0)
test["cust_max_tickets"] = bt["support_tickets"].transform("max")
test["cust_total_failures"] = bt["payment_failures"].transform("sum")
test["usage_lag1"] = bt["usage_hours"].shift(1)
test["tickets_lag1"] = bt["support_tickets"].shift(1)
test["charges_pct_change"] = bt["monthly_charges"].pct_change().fillna(0)
test = pd.concat([test, pd.get_dummies(test["plan"], prefix="plan", dtype=int)], axis=1)
test = test.reindex(columns=list(test.columns) + [c for c in FEATS if c not in test.columns],
                    fill_value=0)
final = clf.fit(df[FEATS], df[TARGET])
test[["snapshot_id"]].assign(prediction=final.predict_proba(test[FEATS])[:, 1]).to_csv(
    "predictions.csv", index=False)
