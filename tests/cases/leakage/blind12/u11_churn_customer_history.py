"""Churn with per-customer history features.

History features only look backwards: every row sees the customer's previous
snapshots, never the current or later ones.
"""
import argparse
import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("churn.history")
TARGET = "churned_next_month"
BASE = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


class CustomerHistory:
    """Builds lag / running-mean features per customer.

    `build` works on a frame that holds every snapshot of the customers it is
    given, sorted by month. The last state per customer is kept so that a later
    period (test.csv) can be featurised against the history seen so far.
    """

    LAG_COLS = ["logins_30d", "support_tickets_30d", "days_since_last_login"]

    def __init__(self):
        self.last_state_ = None

    def build(self, df: pd.DataFrame) -> pd.DataFrame:
        df = df.sort_values(["customer_id", "snapshot_month"]).copy()
        g = df.groupby("customer_id", sort=False)
        for c in self.LAG_COLS:
            df[f"{c}_lag1"] = g[c].shift(1)
            df[f"{c}_delta"] = df[c] - df[f"{c}_lag1"]
            df[f"{c}_mean_prev"] = g[c].transform(lambda s: s.shift(1).expanding().mean())
        df["n_prev_snapshots"] = g.cumcount()
        self.last_state_ = df.groupby("customer_id").tail(1).set_index("customer_id")
        return df

    @property
    def feature_names(self):
        out = ["n_prev_snapshots"]
        for c in self.LAG_COLS:
            out += [f"{c}_lag1", f"{c}_delta", f"{c}_mean_prev"]
        return out


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
    hist = CustomerHistory()
    train_f = hist.build(train)
    feats = BASE + hist.feature_names
    log.info("%d features", len(feats))

    fit_part, val_part = split(train_f, pd.Timestamp(args.cutoff))
    log.info("fit %d rows, val %d rows / %d customers", len(fit_part), len(val_part),
             val_part.customer_id.nunique())

    clf = HistGradientBoostingClassifier(learning_rate=args.lr, max_iter=350,
                                         early_stopping=True, validation_fraction=0.15,
                                         random_state=0)
    clf.fit(fit_part[feats], fit_part[TARGET])
    p = clf.predict_proba(val_part[feats])[:, 1]
    log.info("val AUC %.4f", roc_auc_score(val_part[TARGET], p))
    log.info("val AP  %.4f", average_precision_score(val_part[TARGET], p))
    log.info("iterations used: %d", clf.n_iter_)

    # featurise test against the full labelled history, then keep only test rows
    both = pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
    both_f = CustomerHistory().build(both)
    test_f = both_f[both_f.snapshot_id.isin(test.snapshot_id)]

    clf.fit(train_f[feats], train_f[TARGET])
    out = pd.DataFrame({"snapshot_id": test_f.snapshot_id,
                        "prediction": clf.predict_proba(test_f[feats])[:, 1]})
    out.to_csv(args.data / "predictions.csv", index=False)
    log.info("wrote %d rows; any NaN: %s", len(out), bool(np.isnan(out.prediction).any()))


if __name__ == "__main__":
    main()
