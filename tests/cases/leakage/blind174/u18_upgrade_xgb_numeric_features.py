import argparse
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "upgraded_next_30d"
# ids / keys / outcome-only columns
EXCLUDE = ["snapshot_id", "account_id", "snapshot_date", "upgraded_plan_name", TARGET]


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_date"])
    df["mau_per_seat"] = df["monthly_active_users"] / df["seats"].clip(lower=1)
    df["logins_per_mau"] = df["logins_30d"] / df["monthly_active_users"].clip(lower=1)
    df["mrr_per_seat"] = df["mrr"] / df["seats"].clip(lower=1)
    df["snap_month"] = df["snapshot_date"].dt.month
    df["is_paid"] = (df["plan_tier"] != "free").astype(int)
    return df


def numeric_features(df):
    num = df.select_dtypes(include=[np.number]).columns
    return [c for c in num if c not in EXCLUDE]


def split_forward_new_accounts(df, cutoff):
    """Fit on snapshots before `cutoff`; validate on later snapshots of accounts not seen before it."""
    early = df[df["snapshot_date"] < cutoff]
    late = df[(df["snapshot_date"] >= cutoff) & ~df["account_id"].isin(early["account_id"].unique())]
    return early, late


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cutoff", default="2023-07-01")
    ap.add_argument("--rounds", type=int, default=800)
    args = ap.parse_args()

    train = load("train.csv")
    test = load("test.csv")
    feats = numeric_features(train)
    print(f"{len(feats)} numeric features:", feats)

    early, late = split_forward_new_accounts(train, pd.Timestamp(args.cutoff))
    print("early", early.shape, "late", late.shape)

    dtr = xgb.DMatrix(early[feats], label=early[TARGET])
    dva = xgb.DMatrix(late[feats], label=late[TARGET])
    params = {
        "objective": "binary:logistic",
        "eval_metric": ["auc", "aucpr"],
        "eta": 0.05,
        "max_depth": 5,
        "subsample": 0.8,
        "colsample_bytree": 0.8,
        "min_child_weight": 10,
        "lambda": 2.0,
        "seed": 3,
    }
    booster = xgb.train(params, dtr, num_boost_round=args.rounds)
    p = booster.predict(dva)
    metrics = {
        "roc_auc": roc_auc_score(late[TARGET], p),
        "average_precision": average_precision_score(late[TARGET], p),
    }
    top = late.assign(p=p).nlargest(max(1, len(late) // 20), "p")
    metrics["precision_at_top5pct"] = top[TARGET].mean()
    print(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump({"roc_auc": round(metrics["roc_auc"], 4)}, fh)

    gain = booster.get_score(importance_type="gain")
    print(pd.Series(gain).sort_values(ascending=False).head(10))

    # final model on all of train.csv
    full = xgb.train(params, xgb.DMatrix(train[feats], label=train[TARGET]), num_boost_round=args.rounds)
    pred = full.predict(xgb.DMatrix(test[feats]))
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
