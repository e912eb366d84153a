"""Churn scorer + alert threshold.

Three consecutive windows cut on the month string:
    fit    2024-01 .. 2024-08
    valid  2024-09 .. 2024-10   (early decisions, threshold)
    test   2024-11 .. 2024-12   (reported once)
"""
import json
import logging
from dataclasses import dataclass, asdict

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_recall_curve,
                             precision_score, recall_score, roc_auc_score)

log = logging.getLogger("churn")


@dataclass
class Settings:
    fit_end: str = "2024-09"
    valid_end: str = "2024-11"
    n_estimators: int = 300
    max_depth: int = 3
    learning_rate: float = 0.05
    min_precision: float = 0.30


FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "is_premium", "is_basic", "region_n", "region_s", "region_e"]
TARGET = "churned_next_month"


def encode(df):
    df = df.copy()
    df["month"] = df["snapshot_month"].str[:7]
    df["is_premium"] = (df["plan"] == "premium").astype(int)
    df["is_basic"] = (df["plan"] == "basic").astype(int)
    for r in ["north", "south", "east"]:
        df[f"region_{r[0]}"] = (df["region"] == r).astype(int)
    return df


def windows(df, s: Settings):
    fit = df[df.month < s.fit_end]
    valid = df[(df.month >= s.fit_end) & (df.month < s.valid_end)]
    test = df[df.month >= s.valid_end]
    return fit, valid, test


def pick_threshold(y, p, min_precision):
    prec, rec, thr = precision_recall_curve(y, p)
    ok = np.where(prec[:-1] >= min_precision)[0]
    if len(ok) == 0:
        return 0.5
    best = ok[np.argmax(rec[:-1][ok])]
    return float(thr[best])


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    s = Settings()
    df = encode(pd.read_csv("train.csv"))
    fit, valid, test = windows(df, s)
    log.info("fit=%d valid=%d test=%d", len(fit), len(valid), len(test))

    model = GradientBoostingClassifier(n_estimators=s.n_estimators, max_depth=s.max_depth,
                                       learning_rate=s.learning_rate, random_state=0)
    model.fit(fit[FEATURES], fit[TARGET])

    p_valid = model.predict_proba(valid[FEATURES])[:, 1]
    thr = pick_threshold(valid[TARGET], p_valid, s.min_precision)
    log.info("threshold chosen on valid: %.4f", thr)

    p_test = model.predict_proba(test[FEATURES])[:, 1]
    yhat = (p_test >= thr).astype(int)
    majority = np.zeros_like(yhat)  # "nobody churns"
    report = {
        "settings": asdict(s),
        "threshold": thr,
        "test_auc": roc_auc_score(test[TARGET], p_test),
        "test_ap": average_precision_score(test[TARGET], p_test),
        "test_precision": precision_score(test[TARGET], yhat, zero_division=0),
        "test_recall": recall_score(test[TARGET], yhat),
        "test_f1": f1_score(test[TARGET], yhat),
        "majority_class_f1": f1_score(test[TARGET], majority, zero_division=0),
        "prior_ap": float(test[TARGET].mean()),
    }
    print(json.dumps(report, indent=2, default=float))

    sub = encode(pd.read_csv("test.csv"))
    model.fit(df[FEATURES], df[TARGET])
    pd.DataFrame({"snapshot_id": sub.snapshot_id,
                  "prediction": model.predict_proba(sub[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
