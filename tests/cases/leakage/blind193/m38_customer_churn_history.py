"""Churn model with customer-level risk profile features.

Some customers flip between 'at risk' and 'fine' over the months. I summarise each
customer's record (how often they were flagged, ticket load, spend level) and feed
that to a gradient boosted model along with the snapshot features.
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score


@dataclass
class Cfg:
    target: str = "churned_next_month"
    cutoff: str = "2024-07-01"
    holdout_frac: float = 0.2
    seed: int = 5


CFG = Cfg()
SNAPSHOT = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login"]


def customer_profile(frame: pd.DataFrame) -> pd.DataFrame:
    g = frame.groupby("customer_id")
    prof = pd.DataFrame({
        "cust_churn_rate": g[CFG.target].mean(),
        "cust_mean_tickets": g["support_tickets_30d"].mean(),
        "cust_n_months": g.size(),
    })
    return prof


def encode(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.get_dummies(frame, columns=["plan", "region"], dtype=int)


train = encode(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
test = encode(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
DUMMIES = [c for c in train.columns if c.startswith(("plan_", "region_"))]
test = test.reindex(columns=list(test.columns) + [c for c in DUMMIES if c not in test.columns], fill_value=0)

profile = customer_profile(train)
train = train.join(profile, on="customer_id")
test = test.join(profile, on="customer_id")
test[profile.columns] = test[profile.columns].fillna({"cust_churn_rate": 0.0,
                                                      "cust_mean_tickets": 0.0,
                                                      "cust_n_months": 0})

FEATURES = SNAPSHOT + DUMMIES + list(profile.columns)

rng = np.random.default_rng(CFG.seed)
ids = train["customer_id"].unique()
hold = set(rng.choice(ids, int(len(ids) * CFG.holdout_frac), replace=False))
is_hold = train["customer_id"].isin(hold)
fit = train[~is_hold & (train["snapshot_month"] < CFG.cutoff)]
val = train[is_hold & (train["snapshot_month"] >= CFG.cutoff)]
print(f"fit={len(fit)} val={len(val)}")

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=24,
                                     min_samples_leaf=40, random_state=CFG.seed)
clf.fit(fit[FEATURES], fit[CFG.target])
p_val = clf.predict_proba(val[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[CFG.target])
p_dum = dummy.predict_proba(val[FEATURES])[:, 1]

report = pd.DataFrame(
    {
        "DummyClassifier": [roc_auc_score(val[CFG.target], p_dum),
                            average_precision_score(val[CFG.target], p_dum)],
        "HGB + profile": [roc_auc_score(val[CFG.target], p_val),
                          average_precision_score(val[CFG.target], p_val)],
    },
    index=["roc_auc", "pr_auc"],
)
print(report.round(4))

clf.fit(train[FEATURES], train[CFG.target])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": clf.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
