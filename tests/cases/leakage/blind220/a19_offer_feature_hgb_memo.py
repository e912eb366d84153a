"""Churn-snapshots submission.

Pipeline
  1. point-in-time features from each customer's earlier snapshots
  2. HistGradientBoosting with native categorical support
  3. evaluation on Jul-Sep snapshots of customers not present before July
  4. memo tables: headline metrics vs a baseline, calibration by decile, capacity view
"""
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, log_loss, roc_auc_score


@dataclass
class Config:
    target: str = "churned_next_month"
    id_col: str = "snapshot_id"
    cut: str = "2024-07"
    capacity_per_month: int = 300
    # account_closed_date_known is only filled in after the account is closed -> unusable.
    # retention_offer_accepted is recorded on the snapshot by the CS team, so keep it.
    drop: list = field(default_factory=lambda: ["account_closed_date_known"])


cfg = Config()


def load(path):
    d = pd.read_csv(path)
    d["period"] = pd.PeriodIndex(d["snapshot_month"], freq="M")
    return d.sort_values(["customer_id", "period"]).reset_index(drop=True)


def build_features(d):
    g = d.groupby("customer_id")
    f = pd.DataFrame(index=d.index)
    f["plan"] = d["plan"].astype("category")
    for c in ["monthly_charges", "tenure_months", "usage_hours", "support_tickets",
              "payment_failures", "retention_offer_accepted"]:
        f[c] = d[c]
    f["usage_prev"] = g["usage_hours"].shift(1)
    f["usage_prev_avg3"] = g["usage_hours"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    f["usage_change"] = d["usage_hours"] - f["usage_prev"]
    f["tickets_prev_sum"] = g["support_tickets"].transform(lambda s: s.shift(1).cumsum())
    f["failures_prev_sum"] = g["payment_failures"].transform(lambda s: s.shift(1).cumsum())
    f["months_known"] = g.cumcount()
    return f


df = load("train.csv")
X = build_features(df.drop(columns=cfg.drop))
y = df[cfg.target]

cut = pd.Period(cfg.cut, freq="M")
before = (df["period"] < cut).values
seen = df.loc[before, "customer_id"].unique()
after_new = ((df["period"] >= cut) & ~df["customer_id"].isin(seen)).values
X_tr, y_tr = X[before], y[before]
X_ev, y_ev = X[after_new], y[after_new]
print(f"train rows {before.sum()} | eval rows {after_new.sum()} "
      f"({df.loc[after_new, 'customer_id'].nunique()} new customers)")

model = HistGradientBoostingClassifier(categorical_features="from_dtype", learning_rate=0.05,
                                       max_iter=350, max_leaf_nodes=20, min_samples_leaf=80,
                                       l2_regularization=0.5, random_state=13)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_ev)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_ev)[:, 1]


def headline(y_true, s):
    return pd.Series({"ROC AUC": roc_auc_score(y_true, s), "PR AUC": average_precision_score(y_true, s),
                      "Brier": brier_score_loss(y_true, s), "Log loss": log_loss(y_true, s)})


print("\n## Headline (new customers, Jul-Sep)")
print(pd.DataFrame({"HGB": headline(y_ev, p), "Baseline (prior)": headline(y_ev, base)}).round(4).to_markdown())

print("\n## Calibration by decile")
cal = pd.DataFrame({"p": p, "y": y_ev.values})
cal["decile"] = pd.qcut(cal["p"].rank(method="first"), 10, labels=False) + 1
print(cal.groupby("decile").agg(mean_pred=("p", "mean"), churn_rate=("y", "mean"), n=("y", "size"))
      .round(4).to_markdown())

print("\n## Capacity view")
ev = df.loc[after_new, ["period", cfg.target]].assign(p=p)
share_new = ev.groupby("period").size().mean() / df[df.period >= cut].groupby("period").size().mean()
k = max(1, int(round(cfg.capacity_per_month * share_new)))
top = ev.sort_values("p", ascending=False).groupby("period").head(k)
print(f"calls/month scaled to new-customer share: {k}")
print(top.groupby("period")[cfg.target].agg(precision="mean", caught="sum").to_markdown())
