import argparse
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import TimeSeriesSplit, cross_validate

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]

SCORERS = {
    "roc_auc": "roc_auc",
    "pr_auc": "average_precision",
    "neg_brier": "neg_brier_score",
    "neg_log_loss": "neg_log_loss",
}

EXPERIMENTS = {
    "hgb_shallow": dict(max_depth=3, learning_rate=0.05, max_iter=300),
    "hgb_medium": dict(max_depth=5, learning_rate=0.05, max_iter=400),
    "hgb_deep_reg": dict(max_depth=8, learning_rate=0.03, max_iter=600, l2_regularization=1.0),
}


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df = df.sort_values("snapshot_month", kind="mergesort").reset_index(drop=True)
    df["charges_per_product"] = df["monthly_charges"] / df["num_products"].clip(lower=1)
    df["tickets_per_tenure"] = df["support_tickets"] / (df["tenure_months"] + 1)
    df = pd.get_dummies(df, columns=["plan_type", "region", "payment_method", "contract_type"],
                        dtype=float)
    return df


def summarise(name, res):
    out = {"model": name}
    for key in SCORERS:
        test = res[f"test_{key}"]
        train = res[f"train_{key}"]
        out[f"{key}_test"] = float(np.mean(test))
        out[f"{key}_test_sd"] = float(np.std(test))
        out[f"{key}_gap"] = float(np.mean(train) - np.mean(test))
    out["fit_time"] = float(np.mean(res["fit_time"]))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/churn_snapshots.csv")
    parser.add_argument("--splits", type=int, default=5)
    parser.add_argument("--gap-rows", type=int, default=2000)
    args = parser.parse_args()

    df = load(args.data)
    X = df.drop(columns=DROP)
    y = df[TARGET]
    print(f"{len(df)} rows, {X.shape[1]} features, months "
          f"{df.snapshot_month.min():%Y-%m}..{df.snapshot_month.max():%Y-%m}")

    cv = TimeSeriesSplit(n_splits=args.splits, gap=args.gap_rows)

    results = []
    base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv,
                          scoring=SCORERS, return_train_score=True)
    results.append(summarise("baseline_prior", base))

    for name, params in EXPERIMENTS.items():
        model = HistGradientBoostingClassifier(random_state=0, **params)
        res = cross_validate(model, X, y, cv=cv, scoring=SCORERS,
                             return_train_score=True, n_jobs=-1)
        results.append(summarise(name, res))

    table = pd.DataFrame(results).set_index("model")
    print(table[["roc_auc_test", "roc_auc_test_sd", "pr_auc_test", "roc_auc_gap", "fit_time"]].round(4))
    with open("tss_results.json", "w") as fh:
        json.dump(results, fh, indent=2)


if __name__ == "__main__":
    main()
