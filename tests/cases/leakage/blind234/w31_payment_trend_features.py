"""
Lapse model -- payment-behaviour trend features.

Lapse is preceded by a deteriorating payment pattern, so the main features
are 3-year rolling windows of missed payments and premium changes per policy.
Gaps in annual_premium (admin system migration in 2015) are filled within the
policy.  Validation: years <= 2018 vs 2019+ for new policies.
"""
import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss


def payment_features(panel):
    panel = panel.sort_values(["policy_id", "calendar_year"]).copy()
    panel["annual_premium"] = panel.groupby("policy_id")["annual_premium"].bfill()

    # most recent year first, makes the per-policy windows easy to read
    panel = panel.sort_values(["policy_id", "calendar_year"], ascending=[True, False])
    by_policy = panel.groupby("policy_id", group_keys=False)
    panel["missed_3y"] = by_policy["missed_payments"].apply(
        lambda s: s.rolling(3, min_periods=1).sum())
    panel["premium_change_3y"] = by_policy["premium_change_pct"].apply(
        lambda s: s.rolling(3, min_periods=1).mean())
    panel["loan_max_3y"] = by_policy["loan_balance"].apply(
        lambda s: s.rolling(3, min_periods=1).max())
    panel["any_missed_3y"] = (panel["missed_3y"] > 0).astype(int)
    return panel.sort_values(["policy_id", "calendar_year"])


def static_features(panel):
    panel = panel.copy()
    panel["premium_rate"] = panel["annual_premium"] / panel["sum_assured"] * 1000
    panel["age_now"] = panel["issue_age"] + panel["policy_duration"]
    panel["is_monthly"] = (panel["premium_mode"] == "monthly").astype(int)
    panel["is_dd"] = (panel["payment_method"] == "direct_debit").astype(int)
    return pd.get_dummies(panel, columns=["product_type", "agent_channel", "region", "sex", "smoker"],
                          dtype=float)


panel = pd.read_csv("train.csv")
print(panel.shape, panel["annual_premium"].isna().mean())
panel = static_features(payment_features(panel))

EXCLUDE = ["policy_year_id", "policy_id", "calendar_year", "issue_year", "premium_mode",
           "payment_method", "surrender_value_paid", "lapse_notice_sent", "lapsed"]
FEATS = [c for c in panel.columns if c not in EXCLUDE]

tr = panel[panel["calendar_year"] <= 2018]
te = panel[(panel["calendar_year"] >= 2019) & ~panel["policy_id"].isin(tr["policy_id"].unique())]
print("train", tr.shape, "test", te.shape)

baseline = DummyClassifier(strategy="prior").fit(tr[FEATS], tr["lapsed"])
xgbc = XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8,
                     colsample_bytree=0.8, min_child_weight=8, tree_method="hist", random_state=31)
xgbc.fit(tr[FEATS], tr["lapsed"])

rows = []
for label, est in [("baseline", baseline), ("xgboost", xgbc)]:
    p = est.predict_proba(te[FEATS])[:, 1]
    rows.append((label, roc_auc_score(te["lapsed"], p), average_precision_score(te["lapsed"], p),
                 brier_score_loss(te["lapsed"], p)))
print(pd.DataFrame(rows, columns=["model", "auc", "ap", "brier"]).round(4).to_string(index=False))

imp = pd.Series(xgbc.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(12).round(4))

# how well does the model separate by recent payment trouble?
te = te.assign(p=xgbc.predict_proba(te[FEATS])[:, 1])
print(te.groupby("any_missed_3y")[["lapsed", "p"]].mean().round(4))
