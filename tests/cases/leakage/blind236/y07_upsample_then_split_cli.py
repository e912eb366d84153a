#!/usr/bin/env python
"""train.py - churn-snapshots take-home.

usage: python train.py --data-dir . --ratio 0.3 --out predictions.csv
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score, precision_score
from sklearn.utils import resample
from xgboost import XGBClassifier

log = logging.getLogger("churn")

TARGET = "churned_next_month"
FEATURES = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets",
            "payment_failures", "plan_code", "month_of_tenure_bucket"]
PLAN_CODES = {"basic": 0, "standard": 1, "premium": 2}


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data-dir", default=".")
    ap.add_argument("--ratio", type=float, default=0.3,
                    help="target share of positives after upsampling")
    ap.add_argument("--cutoff", default="2024-07-01")
    ap.add_argument("--holdout-frac", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="predictions.csv")
    return ap.parse_args()


def prepare(frame):
    frame = frame.copy()
    frame["snapshot_month"] = pd.to_datetime(frame["snapshot_month"])
    frame["plan_code"] = frame["plan"].str.lower().map(PLAN_CODES).fillna(-1)
    frame["month_of_tenure_bucket"] = pd.cut(frame["tenure_months"], [-1, 3, 12, 24, 48, 1000],
                                             labels=False)
    return frame


def upsample_minority(frame, ratio, seed):
    pos = frame[frame[TARGET] == 1]
    neg = frame[frame[TARGET] == 0]
    n_pos = int(ratio / (1 - ratio) * len(neg))
    pos_up = resample(pos, replace=True, n_samples=n_pos, random_state=seed)
    log.info("upsampled positives %d -> %d", len(pos), len(pos_up))
    return pd.concat([neg, pos_up]).sample(frac=1.0, random_state=seed)


def split(frame, cutoff, holdout_frac, seed):
    rng = np.random.default_rng(seed)
    cust = frame["customer_id"].unique()
    held = rng.choice(cust, size=int(holdout_frac * len(cust)), replace=False)
    is_held = frame["customer_id"].isin(held)
    early = frame["snapshot_month"] < pd.Timestamp(cutoff)
    return frame[~is_held & early], frame[is_held & ~early]


def evaluate(name, y, p, thr=0.5):
    pred = (p >= thr).astype(int)
    log.info("%-12s AUC %.4f | AP %.4f | P %.3f | R %.3f", name, roc_auc_score(y, p),
             average_precision_score(y, p), precision_score(y, pred, zero_division=0),
             recall_score(y, pred))


def make_model(seed):
    return XGBClassifier(n_estimators=350, max_depth=4, learning_rate=0.05, subsample=0.8,
                         colsample_bytree=0.8, eval_metric="logloss", random_state=seed)


def main():
    args = parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    df = prepare(pd.read_csv(f"{args.data_dir}/train.csv"))
    test = prepare(pd.read_csv(f"{args.data_dir}/test.csv"))
    log.info("train.csv %s, churn rate %.4f", df.shape, df[TARGET].mean())

    # 5% positives is too few for the trees to learn much, balance it up first
    balanced = upsample_minority(df, args.ratio, args.seed)

    tr, va = split(balanced, args.cutoff, args.holdout_frac, args.seed)
    log.info("train %d rows / valid %d rows", len(tr), len(va))

    dummy = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
    evaluate("baseline", va[TARGET], dummy.predict_proba(va[FEATURES])[:, 1])

    model = make_model(args.seed).fit(tr[FEATURES], tr[TARGET])
    evaluate("xgb", va[TARGET], model.predict_proba(va[FEATURES])[:, 1])

    booster_imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
    log.info("importances:\n%s", booster_imp.round(3).to_string())

    final = make_model(args.seed).fit(balanced[FEATURES], balanced[TARGET])
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(args.out, index=False)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
