"""Churn model refresh after the April pricing change: account-history features.

Add the account's trajectory up to the previous month (running average / min of logins,
running max of tickets, cumulative payment failures, plan last month) and evaluate on
accounts that signed up after the change, against the prior churn rate.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

PRICING = pd.Timestamp("2024-04-01")

am = pd.read_parquet("data/account_months.parquet")
am["snapshot_month"] = pd.to_datetime(am["snapshot_month"])
am = am.sort_values(["account_id", "snapshot_month"]).reset_index(drop=True)
print(am.shape, "churn rate", round(am["churned"].mean(), 4))

acct = am.groupby("account_id")
am["avg_logins"] = acct["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
am["min_logins"] = acct["logins_30d"].transform(lambda s: s.shift(1).expanding().min())
am["peak_tickets"] = acct["tickets_30d"].transform(lambda s: s.shift(1).expanding().max())
am["total_payment_failures"] = acct["payment_failures_90d"].transform(lambda s: s.shift(1).fillna(0).cumsum())
am["prev_plan"] = acct["plan"].shift(1).fillna("none")
am["logins_vs_avg"] = am["logins_30d"] / am["avg_logins"].clip(lower=1)
am["n_months_observed"] = acct.cumcount()

for c in ["plan", "prev_plan", "region"]:
    am[c] = am[c].astype("category")

features = ["plan", "prev_plan", "region", "seats", "monthly_fee", "discount_pct", "logins_30d",
            "active_users_30d", "tickets_30d", "nps_last", "tenure_months", "payment_failures_90d",
            "avg_logins", "min_logins", "peak_tickets", "total_payment_failures", "logins_vs_avg",
            "n_months_observed"]

train = am[am["snapshot_month"] < PRICING]
test = am[(am["snapshot_month"] >= PRICING) & (~am["account_id"].isin(train["account_id"].unique()))]
print(f"train {len(train)} snapshots; test {len(test)} snapshots of {test.account_id.nunique()} new accounts")

hgb = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04, max_leaf_nodes=31,
                                     categorical_features="from_dtype", random_state=0)
hgb.fit(train[features], train["churned"])
prior = DummyClassifier(strategy="prior").fit(train[features], train["churned"])

for name, est in [("prior", prior), ("hgb + history", hgb)]:
    p = est.predict_proba(test[features])[:, 1]
    print(f"{name:14s} AP={average_precision_score(test['churned'], p):.3f} "
          f"AUC={roc_auc_score(test['churned'], p):.3f} Brier={brier_score_loss(test['churned'], p):.4f}")

test = test.assign(p=hgb.predict_proba(test[features])[:, 1])
print(test.groupby(test["snapshot_month"].dt.to_period("M")).apply(
    lambda d: average_precision_score(d["churned"], d["p"]) if d["churned"].nunique() > 1 else np.nan).round(3))
