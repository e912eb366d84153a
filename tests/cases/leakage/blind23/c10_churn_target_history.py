import json
from functools import partial

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

SETTINGS = {
    "path": "data/churn_snapshots.csv",
    "target": "churned_next_month",
    "encode": ["plan_type", "region", "payment_method", "contract_type"],
    "smoothing": 50.0,
    "test_start": "2023-09-01",
    "test_customer_share": 0.25,
    "seed": 21,
}
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
           "support_tickets", "late_payments", "num_products"]


def smoothed_rate(frame, col, target, alpha):
    prior = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    return (stats["sum"] + alpha * prior) / (stats["count"] + alpha)


def encode_all(frame, cols, target, alpha):
    encoders = {col: smoothed_rate(frame, col, target, alpha) for col in cols}
    out = frame.copy()
    for col, table in encoders.items():
        out[f"{col}_rate"] = out[col].map(table)
    return out, encoders


def split(frame, test_start, share, seed):
    rng = np.random.default_rng(seed)
    ids = frame.customer_id.unique()
    test_ids = set(rng.choice(ids, int(len(ids) * share), replace=False))
    in_test = frame.customer_id.isin(test_ids)
    t0 = pd.Timestamp(test_start)
    return frame[~in_test & (frame.snapshot_month < t0)], frame[in_test & (frame.snapshot_month >= t0)]


def evaluate(model, X, y):
    p = model.predict_proba(X)[:, 1]
    return {"roc_auc": roc_auc_score(y, p), "pr_auc": average_precision_score(y, p), "log_loss": log_loss(y, p)}


df = pd.read_csv(SETTINGS["path"], parse_dates=["snapshot_month"])
df, enc = encode_all(df, SETTINGS["encode"], SETTINGS["target"], SETTINGS["smoothing"])
rate_cols = [f"{c}_rate" for c in SETTINGS["encode"]]
features = NUMERIC + rate_cols

train, test = split(df, SETTINGS["test_start"], SETTINGS["test_customer_share"], SETTINGS["seed"])
X_tr, y_tr = train[features], train[SETTINGS["target"]]
X_te, y_te = test[features], test[SETTINGS["target"]]

score = partial(evaluate, X=X_te, y=y_te)
report = {
    "baseline": score(DummyClassifier(strategy="prior").fit(X_tr, y_tr)),
    "hgb": score(HistGradientBoostingClassifier(max_depth=4, learning_rate=0.05, max_iter=300,
                                                random_state=0).fit(X_tr, y_tr)),
}
report["encoder_levels"] = {k: int(len(v)) for k, v in enc.items()}
print(json.dumps(report, indent=2, default=float))
