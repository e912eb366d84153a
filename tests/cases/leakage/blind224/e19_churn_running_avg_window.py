"""churn-snapshots -- running customer averages (duckdb) + HistGradientBoosting.

Running means use `OVER (PARTITION BY customer_id ORDER BY snapshot_month)`; with an ORDER BY
the default frame ends at the current row, so each snapshot only sees its own past.
"""
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score


@dataclass
class Config:
    train_csv: str = "train.csv"
    test_csv: str = "test.csv"
    valid_from: str = "2024-07"
    seed: int = 17


CFG = Config()
TARGET = "churned_next_month"

RUNNING_SQL = """
SELECT
    snapshot_id, customer_id, CAST(snapshot_month AS VARCHAR) AS snapshot_month, plan,
    monthly_charges, tenure_months, usage_hours, support_tickets, payment_failures,
    AVG(usage_hours)      OVER w AS usage_running_mean,
    AVG(support_tickets)  OVER w AS tickets_running_mean,
    SUM(payment_failures) OVER w AS failures_running_sum,
    usage_hours / NULLIF(AVG(usage_hours) OVER w, 0) AS usage_vs_running_mean,
    COUNT(*) OVER w AS n_seen
    {extra}
FROM read_csv_auto('{path}')
WINDOW w AS (PARTITION BY customer_id ORDER BY snapshot_month)
"""


def load(path, labelled):
    extra = f", {TARGET}" if labelled else ""
    with duckdb.connect() as con:
        return con.execute(RUNNING_SQL.format(extra=extra, path=path)).fetch_df()


def add_plan_dummies(df):
    out = df.copy()
    for p in ("basic", "standard", "premium"):
        out[f"plan_{p}"] = (out["plan"] == p).astype(int)
    return out


df = add_plan_dummies(load(CFG.train_csv, True))
sub = add_plan_dummies(load(CFG.test_csv, False))

FEATURES = [
    "monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures",
    "usage_running_mean", "tickets_running_mean", "failures_running_sum",
    "usage_vs_running_mean", "n_seen", "plan_basic", "plan_standard", "plan_premium",
]

early = df[df.snapshot_month < CFG.valid_from]
late = df[df.snapshot_month >= CFG.valid_from]
late = late[~late.customer_id.isin(set(early.customer_id))]
print(f"train {len(early):,} rows ({early.customer_id.nunique():,} customers); "
      f"valid {len(late):,} rows ({late.customer_id.nunique():,} customers)")

# usage_vs_running_mean is NaN when the running mean is 0; fill with the training median
med = early[FEATURES].median()
X_tr = early[FEATURES].fillna(med)
X_va = late[FEATURES].fillna(med)
y_tr, y_va = early[TARGET], late[TARGET]

models = {
    "baseline_prior": DummyClassifier(strategy="prior"),
    "hgb_shallow": HistGradientBoostingClassifier(max_depth=3, learning_rate=0.1,
                                                  max_iter=200, random_state=CFG.seed),
}
scores = {}
for name, mdl in models.items():
    mdl.fit(X_tr, y_tr)
    p = mdl.predict_proba(X_va)[:, 1]
    scores[name] = {"roc_auc": roc_auc_score(y_va, p), "pr_auc": average_precision_score(y_va, p)}
print(pd.DataFrame(scores).T.round(4))

# calibration check by decile
p = models["hgb_shallow"].predict_proba(X_va)[:, 1]
dec = pd.qcut(p, 10, labels=False, duplicates="drop")
calib = pd.DataFrame({"p": p, "y": y_va.to_numpy(), "dec": dec}).groupby("dec").mean()
print(calib.round(3))

# submission
med_all = df[FEATURES].median()
final = HistGradientBoostingClassifier(max_depth=3, learning_rate=0.1, max_iter=200,
                                       random_state=CFG.seed)
final.fit(df[FEATURES].fillna(med_all), df[TARGET])
sub["prediction"] = final.predict_proba(sub[FEATURES].fillna(med_all))[:, 1]
sub[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(sub), "rows")
