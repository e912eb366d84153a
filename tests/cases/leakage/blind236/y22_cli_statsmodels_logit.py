#!/usr/bin/env python3
"""Interpretable churn model (statsmodels logit) for the churn-snapshots take-home.

    python churn_logit.py --cutoff 2024-07 --holdout-share 0.3 --metrics-out metrics.json
"""
import argparse
import json
import sys

import numpy as np
import pandas as pd
import statsmodels.formula.api as smf
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

FORMULA = ("churned_next_month ~ C(plan) + monthly_charges + np.log1p(tenure_months) "
           "+ usage_hours + support_tickets + payment_failures + support_tickets:payment_failures")


def get_args(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("--train", default="train.csv")
    p.add_argument("--test", default="test.csv")
    p.add_argument("--cutoff", default="2024-07", help="first month of the evaluation window (YYYY-MM)")
    p.add_argument("--holdout-share", type=float, default=0.3, help="share of customers held out")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--metrics-out", default=None)
    p.add_argument("--predictions-out", default="predictions.csv")
    return p.parse_args(argv)


def read(path):
    d = pd.read_csv(path)
    d["ym"] = pd.to_datetime(d["snapshot_month"]).dt.strftime("%Y-%m")
    return d


def split_by_customer_and_month(d, cutoff, share, seed):
    rng = np.random.default_rng(seed)
    cust = np.sort(d["customer_id"].unique())
    held = set(rng.choice(cust, size=int(round(share * len(cust))), replace=False))
    held_mask = d["customer_id"].isin(held)
    late = d["ym"] >= cutoff
    train_part = d[~held_mask & ~late]
    eval_part = d[held_mask & late]
    assert not set(train_part["customer_id"]) & set(eval_part["customer_id"])
    return train_part, eval_part


def metrics(y, p):
    return {"roc_auc": float(roc_auc_score(y, p)),
            "average_precision": float(average_precision_score(y, p)),
            "brier": float(brier_score_loss(y, p))}


def main(argv=None):
    args = get_args(argv)
    df = read(args.train)
    test = read(args.test)
    print(f"{len(df)} labelled snapshots, {df['customer_id'].nunique()} customers, "
          f"months {df['ym'].min()}..{df['ym'].max()}")

    train_part, eval_part = split_by_customer_and_month(df, args.cutoff, args.holdout_share, args.seed)
    print(f"train part: {len(train_part)} rows < {args.cutoff}; eval part: {len(eval_part)} rows >= {args.cutoff}")
    if eval_part["churned_next_month"].nunique() < 2:
        sys.exit("evaluation window has a single class, pick another cutoff")

    fit = smf.logit(FORMULA, data=train_part).fit(disp=False, maxiter=200)
    print(fit.summary2().tables[1].round(4))

    y_eval = eval_part["churned_next_month"].values
    p_model = fit.predict(eval_part).values
    p_prior = np.full(len(y_eval), train_part["churned_next_month"].mean())

    report = {"baseline_prior": metrics(y_eval, p_prior), "logit": metrics(y_eval, p_model)}
    for name, m in report.items():
        print(f"{name:15s} " + "  ".join(f"{k}={v:.4f}" for k, v in m.items()))

    # odds ratios are what the business asked for
    odds = np.exp(fit.params).rename("odds_ratio")
    print(odds.round(3).to_string())

    if args.metrics_out:
        with open(args.metrics_out, "w") as fh:
            json.dump(report, fh, indent=2)

    final = smf.logit(FORMULA, data=df).fit(disp=False, maxiter=200)
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict(test).values})
    out.to_csv(args.predictions_out, index=False)
    print("saved", args.predictions_out, out.shape)


if __name__ == "__main__":
    main()
