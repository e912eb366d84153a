"""churn-snapshots take-home -- binned logistic regression (scorecard style).

Validation design
-----------------
test.csv = later months AND other customers. I reproduce both:
  1. customers are split 80/20 by id (GroupShuffleSplit);
  2. the model is fitted on the 80% customers' snapshots before July;
  3. it is scored on the 20% customers' snapshots from July on.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import KBinsDiscretizer, OneHotEncoder

HERE = Path(".")
task = json.loads((HERE / "task.json").read_text())
TARGET, TIME, CUST, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]

BIN_COLS = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login"]
CAT_COLS = ["plan", "region", "has_discount", "support_tickets_30d", "payment_failures_90d"]


def load(name: str) -> pd.DataFrame:
    df = pd.read_csv(HERE / name, parse_dates=[TIME])
    df[BIN_COLS] = df[BIN_COLS].fillna(-1)
    df["support_tickets_30d"] = df["support_tickets_30d"].fillna(0).clip(upper=5)
    df["payment_failures_90d"] = df["payment_failures_90d"].fillna(0).clip(upper=3)
    return df


def scorecard() -> Pipeline:
    pre = ColumnTransformer([
        ("bins", KBinsDiscretizer(n_bins=6, encode="onehot", strategy="quantile"), BIN_COLS),
        ("cats", OneHotEncoder(handle_unknown="ignore"), CAT_COLS),
    ])
    return Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.3, max_iter=3000))])


def main() -> None:
    train = load("train.csv")
    test = load("test.csv")
    print(train.shape, "| churn", round(train[TARGET].mean(), 4), "| customers", train[CUST].nunique())

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=11)
    fit_ids, eval_ids = next(gss.split(train, groups=train[CUST]))
    fit_customers = set(train.iloc[fit_ids][CUST])
    cut = pd.Timestamp("2024-07-01")
    fit_df = train[train[CUST].isin(fit_customers) & (train[TIME] < cut)]
    eval_df = train[~train[CUST].isin(fit_customers) & (train[TIME] >= cut)]
    print(f"fit {len(fit_df)} rows, eval {len(eval_df)} rows")

    feats = BIN_COLS + CAT_COLS
    model = scorecard().fit(fit_df[feats], fit_df[TARGET])
    p = model.predict_proba(eval_df[feats])[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(fit_df[feats], fit_df[TARGET])
    p0 = dummy.predict_proba(eval_df[feats])[:, 1]

    table = pd.DataFrame(
        {
            "roc_auc": [roc_auc_score(eval_df[TARGET], p0), roc_auc_score(eval_df[TARGET], p)],
            "average_precision": [average_precision_score(eval_df[TARGET], p0),
                                  average_precision_score(eval_df[TARGET], p)],
            "brier": [brier_score_loss(eval_df[TARGET], p0), brier_score_loss(eval_df[TARGET], p)],
        },
        index=["baseline (prior)", "scorecard"],
    )
    print(table.round(4))

    final = scorecard().fit(train[feats], train[TARGET])
    out = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[feats])[:, 1]})
    out.to_csv(HERE / "predictions.csv", index=False)
    (HERE / "metrics.json").write_text(json.dumps({
        "roc_auc": float(table.loc["scorecard", "roc_auc"]),
        "average_precision": float(table.loc["scorecard", "average_precision"]),
    }))


if __name__ == "__main__":
    main()
