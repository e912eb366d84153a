"""Churn snapshots -- customer history features + random forest.

A single snapshot is noisy, so every row also gets a summary of the customer's
behaviour so far (average spend, peak ticket count, variability of logins ...).
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
RAW = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]


def add_customer_history(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    # history up to the previous snapshot only (shift(1) before expanding)
    df["cust_avg_spend"] = g["monthly_spend"].transform(lambda s: s.shift(1).expanding().mean())
    df["cust_avg_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    df["cust_std_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().std()).fillna(0)
    df["cust_max_tickets"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).expanding().max())
    df["logins_vs_own_avg"] = df["logins_30d"] - df["cust_avg_logins"]
    return df


PROFILE = ["cust_avg_spend", "cust_avg_logins", "cust_std_logins", "cust_max_tickets", "logins_vs_own_avg"]


def encode(df: pd.DataFrame) -> pd.DataFrame:
    return pd.get_dummies(df, columns=["plan", "region"], dtype=int)


def split(df: pd.DataFrame, valid_frac: float, seed: int):
    rng = np.random.default_rng(seed)
    ids = df["customer_id"].drop_duplicates().to_numpy()
    valid_ids = set(rng.choice(ids, size=int(valid_frac * len(ids)), replace=False))
    v = df["customer_id"].isin(valid_ids)
    late = df["snapshot_month"] >= pd.Timestamp("2024-07-01")
    return df[~v & ~late], df[v & late]


def main(args: argparse.Namespace) -> None:
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    both = pd.concat([train, test], keys=["train", "test"], names=["part", "row"]).reset_index(level=0)
    both = encode(add_customer_history(both))
    both["days_since_last_login"] = both["days_since_last_login"].fillna(120)
    both[PROFILE] = both[PROFILE].fillna(-1)

    features = RAW + PROFILE + [c for c in both.columns if c.startswith(("plan_", "region_"))]
    labelled = both[both["part"] == "train"].copy()
    unlabelled = both[both["part"] == "test"].copy()

    fit_df, valid_df = split(labelled, args.valid_frac, args.seed)
    print(f"fit {fit_df.shape}, valid {valid_df.shape}")

    rf = RandomForestClassifier(n_estimators=args.trees, min_samples_leaf=20, max_features="sqrt",
                                class_weight="balanced_subsample", n_jobs=-1, random_state=args.seed)
    rf.fit(fit_df[features], fit_df[TARGET])
    dummy = DummyClassifier(strategy="prior").fit(fit_df[features], fit_df[TARGET])

    for name, est in [("baseline", dummy), ("random_forest", rf)]:
        p = est.predict_proba(valid_df[features])[:, 1]
        print(f"{name:>14}: roc_auc={roc_auc_score(valid_df[TARGET], p):.4f} "
              f"avg_precision={average_precision_score(valid_df[TARGET], p):.4f}")

    rf.fit(labelled[features], labelled[TARGET])
    out = pd.DataFrame({"snapshot_id": unlabelled["snapshot_id"], "prediction": rf.predict_proba(unlabelled[features])[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--valid-frac", type=float, default=0.2)
    parser.add_argument("--trees", type=int, default=400)
    parser.add_argument("--seed", type=int, default=17)
    main(parser.parse_args())
