#!/usr/bin/env python
"""churn_cli.py -- train / evaluate / predict for the churn-snapshots take-home.

Examples
    python churn_cli.py evaluate --model hgb
    python churn_cli.py predict --model hgb --out predictions.csv
"""
import argparse
import json
import os

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
BASE_FEATURES = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures",
                 "account_closed_date_known"]
SEGMENT_FEATURES = ["seg_plan_rate", "seg_plan_tenure_rate", "seg_tickets_rate"]


def model_factory(name, seed):
    if name == "hgb":
        return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=20, random_state=seed)
    if name == "rf":
        return RandomForestClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=seed)
    if name == "logreg":
        return make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5))
    raise ValueError(f"unknown model {name}")


def load(data_dir):
    train = pd.read_csv(os.path.join(data_dir, "train.csv"))
    test = pd.read_csv(os.path.join(data_dir, "test.csv"))
    for d in (train, test):
        d["tenure_bucket"] = pd.cut(d["tenure_months"], [-1, 6, 12, 24, 48, 10_000], labels=False)
        d["tickets_bucket"] = d["support_tickets"].clip(upper=4)
        d["account_closed_date_known"] = d["account_closed_date_known"].fillna(0).astype(int)
    return train, test


def segment_rates(labelled, frame, smoothing=50):
    """Churn rate of the customer's segment (plan, plan x tenure bucket, ticket count), smoothed."""
    prior = labelled[TARGET].mean()
    out = pd.DataFrame(index=frame.index)
    for name, keys in [("seg_plan_rate", ["plan"]),
                       ("seg_plan_tenure_rate", ["plan", "tenure_bucket"]),
                       ("seg_tickets_rate", ["tickets_bucket"])]:
        agg = labelled.groupby(keys)[TARGET].agg(["sum", "count"])
        rate = ((agg["sum"] + smoothing * prior) / (agg["count"] + smoothing)).rename(name)
        out[name] = frame[keys].merge(rate, left_on=keys, right_index=True, how="left")[name].fillna(prior).values
    return out


def features(frame, rates):
    return pd.concat([frame[BASE_FEATURES], rates], axis=1)


def cmd_evaluate(args):
    train, _ = load(args.data_dir)
    X = features(train, segment_rates(train, train))
    y = train[TARGET]

    gss = GroupShuffleSplit(n_splits=args.repeats, test_size=0.2, random_state=args.seed)
    rows = []
    for i, (tr, va) in enumerate(gss.split(X, y, groups=train["customer_id"])):
        model = model_factory(args.model, args.seed).fit(X.iloc[tr], y.iloc[tr])
        p = model.predict_proba(X.iloc[va])[:, 1]
        rows.append({"split": i, "auc": roc_auc_score(y.iloc[va], p), "ap": average_precision_score(y.iloc[va], p)})
        print(f"split {i}: AUC {rows[-1]['auc']:.4f}  AP {rows[-1]['ap']:.4f}  (valid customers: "
              f"{train['customer_id'].iloc[va].nunique()})")
    res = pd.DataFrame(rows)
    summary = {"model": args.model, "auc_mean": res.auc.mean(), "auc_std": res.auc.std(),
               "ap_mean": res.ap.mean(), "ap_std": res.ap.std()}
    print(json.dumps(summary, indent=2))
    if args.metrics_out:
        with open(args.metrics_out, "w") as fh:
            json.dump({"roc_auc": summary["auc_mean"], "average_precision": summary["ap_mean"]}, fh)


def cmd_predict(args):
    train, test = load(args.data_dir)
    model = model_factory(args.model, args.seed).fit(features(train, segment_rates(train, train)), train[TARGET])
    p = model.predict_proba(features(test, segment_rates(train, test)))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": p}).to_csv(args.out, index=False)
    print(f"wrote {args.out}: {len(p)} rows, mean {np.mean(p):.4f}")


def main():
    parser = argparse.ArgumentParser(description="churn-snapshots CLI")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("evaluate", "predict"):
        sp = sub.add_parser(name)
        sp.add_argument("--data-dir", default=".")
        sp.add_argument("--model", choices=["hgb", "rf", "logreg"], default="hgb")
        sp.add_argument("--seed", type=int, default=0)
        if name == "evaluate":
            sp.add_argument("--repeats", type=int, default=5)
            sp.add_argument("--metrics-out", default=None)
        else:
            sp.add_argument("--out", default="predictions.csv")
    args = parser.parse_args()
    {"evaluate": cmd_evaluate, "predict": cmd_predict}[args.command](args)


if __name__ == "__main__":
    main()
