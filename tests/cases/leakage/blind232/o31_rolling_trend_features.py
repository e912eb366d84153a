# ============================================================================
# churn_snapshots/ (flattened for submission)
#   config.py, features.py, split.py, train.py
# ============================================================================
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

# ---------------------------------------------------------------- config.py
CFG = {
    "target": "churned_next_month",
    "time": "snapshot_month",
    "entity": "customer_id",
    "cutoff": "2024-07-01",
    "window": 3,
    "base_numeric": ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"],
    "plans": ["basic", "standard", "premium"],
    "seed": 0,
}


# ---------------------------------------------------------------- features.py
def add_trend_features(df: pd.DataFrame, window: int) -> pd.DataFrame:
    """Rolling behaviour per customer: smoothed usage/tickets and the usage trend."""
    df = df.sort_values([CFG["entity"], CFG["time"]], ascending=[True, False]).copy()
    g = df.groupby(CFG["entity"], sort=False)
    df["usage_roll"] = g["usage_hours"].transform(lambda s: s.rolling(window, min_periods=1).mean())
    df["tickets_roll"] = g["support_tickets"].transform(lambda s: s.rolling(window, min_periods=1).sum())
    df["failures_roll"] = g["payment_failures"].transform(lambda s: s.rolling(window, min_periods=1).sum())
    df["usage_trend"] = df["usage_hours"] - df["usage_roll"]
    df["usage_hours"] = g["usage_hours"].transform(lambda s: s.ffill().bfill())
    return df.sort_index()


def basic_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["plan_code"] = pd.Categorical(df["plan"], categories=CFG["plans"]).codes
    df["charge_per_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    df["month_of_year"] = df[CFG["time"]].dt.month
    return df


FEATURES = CFG["base_numeric"] + [
    "plan_code", "charge_per_tenure", "month_of_year",
    "usage_roll", "tickets_roll", "failures_roll", "usage_trend",
]


# ---------------------------------------------------------------- split.py
def time_entity_split(df: pd.DataFrame):
    cut = pd.Timestamp(CFG["cutoff"])
    past = df[df[CFG["time"]] < cut]
    future = df[df[CFG["time"]] >= cut]
    future = future[~future[CFG["entity"]].isin(past[CFG["entity"]])]
    return past, future


# ---------------------------------------------------------------- train.py
def load(path: Path) -> pd.DataFrame:
    df = pd.read_csv(path)
    df[CFG["time"]] = pd.to_datetime(df[CFG["time"]])
    df = basic_features(df)
    return add_trend_features(df, CFG["window"])


def score(y, p):
    return {"roc_auc": round(roc_auc_score(y, p), 4), "avg_precision": round(average_precision_score(y, p), 4)}


def main(data_dir: Path, out: Path):
    train = load(data_dir / "train.csv")
    test = load(data_dir / "test.csv")
    y_col = CFG["target"]

    past, future = time_entity_split(train)
    print(f"past={len(past)} future={len(future)} future_customers={future[CFG['entity']].nunique()}")

    report = {}
    baseline = DummyClassifier(strategy="prior").fit(past[FEATURES], past[y_col])
    report["baseline"] = score(future[y_col], baseline.predict_proba(future[FEATURES])[:, 1])

    model = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=500, max_depth=None, max_leaf_nodes=31,
        min_samples_leaf=40, l2_regularization=0.5, random_state=CFG["seed"],
    )
    model.fit(past[FEATURES], past[y_col])
    report["hgb"] = score(future[y_col], model.predict_proba(future[FEATURES])[:, 1])
    print(json.dumps(report, indent=2))

    final = HistGradientBoostingClassifier(
        learning_rate=0.05, max_iter=500, max_leaf_nodes=31,
        min_samples_leaf=40, l2_regularization=0.5, random_state=CFG["seed"],
    ).fit(train[FEATURES], train[y_col])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "churn_probability": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(out, index=False)
    return report


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("."))
    ap.add_argument("--out", type=Path, default=Path("predictions.csv"))
    args = ap.parse_args()
    main(args.data, args.out)
