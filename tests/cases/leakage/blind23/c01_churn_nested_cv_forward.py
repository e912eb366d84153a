"""Nested evaluation harness for the monthly churn snapshots.

Outer loop: forward-chaining folds where each validation month only contains
customers the model has never seen. Inner loop: the same scheme restricted to
the outer training rows, used by GridSearchCV to pick C / penalty.
"""
import json
import time

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CONFIG = {
    "data_path": "data/churn_snapshots.csv",
    "target": "churned_next_month",
    "n_outer": 4,
    "n_inner": 3,
    "holdout_share": 0.3,
    "seed": 17,
    "grid": {"clf__C": [0.01, 0.1, 1.0, 10.0], "clf__penalty": ["l2"]},
}
NUMERIC = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
           "support_tickets", "late_payments", "num_products"]
CATEGORICAL = ["plan_type", "region", "payment_method", "contract_type"]

RUN_LOG = {"params": {}, "metrics": {}}


def log_param(key, value):
    RUN_LOG["params"][key] = value


def log_metric(key, value, step=None):
    RUN_LOG["metrics"].setdefault(key, []).append({"value": float(value), "step": step})


def forward_customer_folds(frame, n_folds, holdout_share, seed):
    """Yield (train_idx, valid_idx): train on earlier months, validate on a
    later month restricted to customers that were held out of training."""
    months = np.sort(frame["snapshot_month"].unique())
    rng = np.random.default_rng(seed)
    customers = frame["customer_id"].unique()
    month_arr = frame["snapshot_month"].to_numpy()
    for cutoff in months[-n_folds:]:
        held = rng.choice(customers, size=int(len(customers) * holdout_share), replace=False)
        is_held = frame["customer_id"].isin(held).to_numpy()
        train_idx = np.flatnonzero((month_arr < cutoff) & ~is_held)
        valid_idx = np.flatnonzero((month_arr == cutoff) & is_held)
        if len(train_idx) and len(valid_idx):
            yield train_idx, valid_idx


def build_pipeline():
    pre = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))])


def main():
    df = pd.read_csv(CONFIG["data_path"], parse_dates=["snapshot_month"])
    df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
    y = df[CONFIG["target"]].to_numpy()
    X = df[NUMERIC + CATEGORICAL]

    for k, v in CONFIG.items():
        if k != "grid":
            log_param(k, v)

    outer_rows = []
    for fold, (tr, va) in enumerate(forward_customer_folds(df, CONFIG["n_outer"],
                                                           CONFIG["holdout_share"], CONFIG["seed"])):
        inner_frame = df.iloc[tr].reset_index(drop=True)
        inner_cv = list(forward_customer_folds(inner_frame, CONFIG["n_inner"],
                                               CONFIG["holdout_share"], CONFIG["seed"] + fold))
        search = GridSearchCV(build_pipeline(), CONFIG["grid"], cv=inner_cv,
                              scoring="average_precision", n_jobs=-1)
        t0 = time.time()
        search.fit(X.iloc[tr], y[tr])

        proba = search.predict_proba(X.iloc[va])[:, 1]
        baseline = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
        base_proba = baseline.predict_proba(X.iloc[va])[:, 1]

        row = {
            "fold": fold,
            "n_train": len(tr),
            "n_valid": len(va),
            "best_params": search.best_params_,
            "roc_auc": roc_auc_score(y[va], proba),
            "pr_auc": average_precision_score(y[va], proba),
            "baseline_pr_auc": average_precision_score(y[va], base_proba),
            "seconds": round(time.time() - t0, 1),
        }
        outer_rows.append(row)
        for key in ("roc_auc", "pr_auc", "baseline_pr_auc"):
            log_metric(f"outer_{key}", row[key], step=fold)

    summary = pd.DataFrame(outer_rows)
    print(summary[["fold", "n_train", "n_valid", "roc_auc", "pr_auc", "baseline_pr_auc"]])
    print("mean outer ROC AUC: %.3f +/- %.3f" % (summary.roc_auc.mean(), summary.roc_auc.std()))
    print("mean outer PR AUC:  %.3f (baseline %.3f)" % (summary.pr_auc.mean(), summary.baseline_pr_auc.mean()))
    print(json.dumps(RUN_LOG["params"], default=str, indent=2))


if __name__ == "__main__":
    main()
