"""Churn snapshots - model choice on a validation window, one final test score.

Jan-May: fit | Jun-Jul: validation (customers unseen in Jan-May) | Aug-Sep: test
(customers unseen in Jan-Jul). Models are compared on validation only; the
chosen one is refitted on Jan-Jul and scored once on the test window.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET, ID, TIME, GROUP = task["target"], task["id_column"], task["time_column"], task["group_column"]
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d", "login_delta"]
CAT = ["plan", "region"]

snaps = (
    pd.read_csv("train.csv", parse_dates=[TIME])
    .sort_values([GROUP, TIME])
    .assign(login_delta=lambda d: d.groupby(GROUP)["logins_30d"].diff().fillna(0))
)

t1, t2 = pd.Timestamp("2024-06-01"), pd.Timestamp("2024-08-01")
fit_rows = snaps.query(f"{TIME} < @t1")
val_rows = snaps.query(f"@t1 <= {TIME} < @t2").loc[lambda d: ~d[GROUP].isin(fit_rows[GROUP])]
dev_rows = snaps.query(f"{TIME} < @t2")
test_rows = snaps.query(f"{TIME} >= @t2").loc[lambda d: ~d[GROUP].isin(dev_rows[GROUP])]
print({k: len(v) for k, v in dict(fit=fit_rows, val=val_rows, test=test_rows).items()})


def make(est, scale=True):
    ct = make_column_transformer(
        (StandardScaler() if scale else "passthrough", NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )
    return make_pipeline(ct, est)


candidates = {
    "dummy": lambda: make(DummyClassifier(strategy="prior")),
    "logreg": lambda: make(LogisticRegression(max_iter=2000, class_weight="balanced")),
    "rf": lambda: make(RandomForestClassifier(400, min_samples_leaf=10, n_jobs=-1, random_state=3), scale=False),
    "extratrees": lambda: make(ExtraTreesClassifier(400, min_samples_leaf=10, n_jobs=-1, random_state=3), scale=False),
    "hgb": lambda: make(HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=3), scale=False),
}

val_scores = (
    pd.Series(
        {
            name: roc_auc_score(
                val_rows[TARGET],
                factory().fit(fit_rows[NUM + CAT], fit_rows[TARGET]).predict_proba(val_rows[NUM + CAT])[:, 1],
            )
            for name, factory in candidates.items()
        },
        name="val_auc",
    )
    .sort_values(ascending=False)
)
print(val_scores.round(4))

best_name = val_scores.drop("dummy").idxmax()
best = candidates[best_name]().fit(dev_rows[NUM + CAT], dev_rows[TARGET])
baseline = candidates["dummy"]().fit(dev_rows[NUM + CAT], dev_rows[TARGET])

final = pd.DataFrame({
    name: {
        "test_auc": roc_auc_score(test_rows[TARGET], m.predict_proba(test_rows[NUM + CAT])[:, 1]),
        "test_ap": average_precision_score(test_rows[TARGET], m.predict_proba(test_rows[NUM + CAT])[:, 1]),
    }
    for name, m in [("baseline", baseline), (best_name, best)]
})
print(final.round(4))

sub = (
    pd.read_csv("test.csv", parse_dates=[TIME])
    .sort_values([GROUP, TIME])
    .assign(login_delta=lambda d: d.groupby(GROUP)["logins_30d"].diff().fillna(0))
)
model = candidates[best_name]().fit(snaps[NUM + CAT], snaps[TARGET])
sub[[ID]].assign(prediction=model.predict_proba(sub[NUM + CAT])[:, 1]).to_csv("predictions.csv", index=False)
