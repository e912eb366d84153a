"""Churn snapshots - HistGradientBoosting with minority upsampling.

Only ~5% of snapshots churn next month, so I triple the churners so the
booster sees enough of them.
"""
import json

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

cfg = json.load(open("task.json"))
Y, KEY, WHEN, WHO = cfg["target"], cfg["id_column"], cfg["time_column"], cfg["group_column"]
LEAKS = cfg["leaky_columns"]
SEED = 11


def prepare(d):
    return (
        d.drop(columns=LEAKS, errors="ignore")
        .assign(
            plan=lambda x: x.plan.astype("category"),
            region=lambda x: x.region.astype("category"),
            login_gap_ratio=lambda x: x.days_since_last_login / (x.tenure_months * 30 + 1),
            billing_stress=lambda x: x.payment_failures_90d * x.monthly_charges,
        )
    )


def upsample_minority(d, factor=3):
    churners = d.loc[lambda x: x[Y] == 1]
    extra = churners.sample(n=len(churners) * (factor - 1), replace=True, random_state=SEED)
    return pd.concat([d, extra], ignore_index=True)


data = (
    pd.read_csv("train.csv", parse_dates=[WHEN])
    .pipe(prepare)
    .pipe(upsample_minority, factor=3)
    .sort_values(WHEN, kind="stable")
)
print(data[Y].mean(), len(data))

split_at = pd.Timestamp("2024-07-01")
fit_part = data.loc[lambda x: x[WHEN] < split_at]
eval_part = data.loc[lambda x: (x[WHEN] >= split_at) & ~x[WHO].isin(fit_part[WHO].unique())]

cols = [c for c in data.columns if c not in {Y, KEY, WHEN, WHO}]
hgb = HistGradientBoostingClassifier(
    learning_rate=0.06, max_iter=400, max_leaf_nodes=31, l2_regularization=1.0,
    categorical_features="from_dtype", random_state=SEED,
).fit(fit_part[cols], fit_part[Y])
naive = DummyClassifier(strategy="prior").fit(fit_part[cols], fit_part[Y])

for tag, est in [("naive prior", naive), ("hgb", hgb)]:
    p = est.predict_proba(eval_part[cols])[:, 1]
    print(tag, "AUC %.4f" % roc_auc_score(eval_part[Y], p), "AP %.4f" % average_precision_score(eval_part[Y], p))

test = pd.read_csv("test.csv", parse_dates=[WHEN]).pipe(prepare)
hgb.fit(data[cols], data[Y])
test.loc[:, [KEY]].assign(prediction=hgb.predict_proba(test[cols])[:, 1]).to_csv("predictions.csv", index=False)
