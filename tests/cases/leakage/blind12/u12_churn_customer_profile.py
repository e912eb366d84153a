"""Churn with customer-profile features.

Engagement varies a lot between customers, so each snapshot carries a
customer profile (average activity, ticket load, worst payment history) next
to the raw monthly numbers.
"""
import argparse
import logging
from pathlib import Path

import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("churn.profile")
TARGET = "churned_next_month"
BASE = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


class CustomerProfile:
    """Per-customer aggregates attached to each snapshot."""

    AGGS = {
        "logins_30d": ["mean", "min"],
        "support_tickets_30d": ["sum", "max"],
        "payment_failures_90d": ["max"],
        "days_since_last_login": ["mean"],
    }

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        prof = df.groupby("customer_id").agg(self.AGGS)
        prof.columns = [f"cust_{c}_{a}" for c, a in prof.columns]
        prof["cust_n_snapshots"] = df.groupby("customer_id").size()
        self.columns_ = list(prof.columns)
        return df.merge(prof, left_on="customer_id", right_index=True, how="left")


def split(df, cutoff):
    before = df[df.snapshot_month < cutoff]
    after = df[df.snapshot_month >= cutoff]
    after = after[~after.customer_id.isin(before.customer_id)]
    return before, after


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("."))
    ap.add_argument("--cutoff", default="2024-10-01")
    ap.add_argument("--lr", type=float, default=0.05)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")

    train = pd.read_csv(args.data / "train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv(args.data / "test.csv", parse_dates=["snapshot_month"])
    prof = CustomerProfile()
    train_f = prof.build(train)
    feats = BASE + prof.columns_
    log.info("%d features: %s", len(feats), feats)

    fit_part, val_part = split(train_f, pd.Timestamp(args.cutoff))
    log.info("fit %d rows, val %d rows", len(fit_part), len(val_part))

    clf = HistGradientBoostingClassifier(learning_rate=args.lr, max_iter=350, random_state=0)
    clf.fit(fit_part[feats], fit_part[TARGET])
    p = clf.predict_proba(val_part[feats])[:, 1]
    log.info("val AUC %.4f", roc_auc_score(val_part[TARGET], p))
    log.info("val AP  %.4f", average_precision_score(val_part[TARGET], p))

    test_f = CustomerProfile().build(test)
    clf.fit(train_f[feats], train_f[TARGET])
    pd.DataFrame({"snapshot_id": test_f.snapshot_id,
                  "prediction": clf.predict_proba(test_f[feats])[:, 1]}
                 ).to_csv(args.data / "predictions.csv", index=False)


if __name__ == "__main__":
    main()
