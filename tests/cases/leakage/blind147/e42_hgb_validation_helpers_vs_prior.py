"""churn-snapshots: HistGradientBoosting vs a prior baseline + validation report.

Validation helpers live at the top so the same checks can be reused for the
final memo. Evaluation: Jul-Sep snapshots of customers unseen before July.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss


@dataclass
class Contract:
    target: str
    time: str
    group: str
    id: str
    leaky: list[str]

    @classmethod
    def load(cls, path="task.json"):
        t = json.load(open(path))
        return cls(t["target"], t["time_column"], t["group_column"], t["id_column"],
                   list(t.get("leaky_columns", [])))


def check_features(features, c: Contract):
    bad = set(features) & (set(c.leaky) | {c.target, c.id, c.group, c.time})
    if bad:
        raise ValueError(f"forbidden feature(s): {sorted(bad)}")


def check_split(fit, val, c: Contract):
    if not fit[c.time].max() < val[c.time].min():
        raise ValueError("validation rows are not strictly later than fitting rows")
    shared = set(fit[c.group]) & set(val[c.group])
    if shared:
        raise ValueError(f"{len(shared)} customers on both sides")


def time_and_customer_split(df, c: Contract, cut):
    fit = df[df[c.time] < cut]
    val = df[(df[c.time] >= cut) & ~df[c.group].isin(fit[c.group])]
    check_split(fit, val, c)
    return fit, val


c = Contract.load()
train = pd.read_csv("train.csv", parse_dates=[c.time])
test = pd.read_csv("test.csv", parse_dates=[c.time])

for frame in (train, test):
    frame["plan"] = frame["plan"].map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1)
    frame["region"] = frame["region"].astype("category").cat.codes
    frame["tickets_per_tenure"] = frame["support_tickets_30d"] / (frame["tenure_months"] + 1)

FEATURES = ["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "tickets_per_tenure"]
check_features(FEATURES, c)

fit, val = time_and_customer_split(train, c, pd.Timestamp("2024-07-01"))
model = HistGradientBoostingClassifier(learning_rate=0.04, max_iter=400, max_leaf_nodes=20,
                                       min_samples_leaf=40, categorical_features=[1, 2],
                                       random_state=0)
model.fit(fit[FEATURES], fit[c.target])
p = model.predict_proba(val[FEATURES])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit[FEATURES], fit[c.target])
p0 = dummy.predict_proba(val[FEATURES])[:, 1]

report = pd.DataFrame({
    "dummy_prior": [roc_auc_score(val[c.target], p0), average_precision_score(val[c.target], p0),
                    brier_score_loss(val[c.target], p0)],
    "hist_gbm": [roc_auc_score(val[c.target], p), average_precision_score(val[c.target], p),
                 brier_score_loss(val[c.target], p)],
}, index=["roc_auc", "average_precision", "brier"])
print(f"n_val={len(val)}  val_churn_rate={val[c.target].mean():.4f}")
print(report.round(4).to_string())

by_month = val.assign(p=p).groupby(c.time).apply(
    lambda g: pd.Series({"auc": roc_auc_score(g[c.target], g["p"]) if g[c.target].nunique() > 1 else np.nan,
                         "n": len(g)}))
print(by_month)

model.fit(train[FEATURES], train[c.target])
pd.DataFrame({c.id: test[c.id], "prediction": model.predict_proba(test[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
