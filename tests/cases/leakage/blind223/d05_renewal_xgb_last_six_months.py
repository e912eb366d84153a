#!/usr/bin/env python
# Renewal model - XGBoost, out-of-time holdout on the last six months.
import sys
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss, f1_score


TARGET = "renewed"
TIME = "period_month"
HOLDOUT_MONTHS = 6


def build_frame(path):
    df = pd.read_csv(path)
    df[TIME] = pd.to_datetime(df[TIME])
    df = df.sort_values(["account_id", TIME]).reset_index(drop=True)

    df["seat_util"] = df["active_users"] / df["seats"].clip(lower=1)
    df["fee_per_seat"] = df["monthly_fee"] / df["seats"].clip(lower=1)
    df["nps_missing"] = df["nps_score"].isna().astype(int)

    acct = df.groupby("account_id")
    # trailing behaviour, only months before the current one
    df["logins_lag1"] = acct["logins_30d"].shift(1)
    df["logins_lag2"] = acct["logins_30d"].shift(2)
    df["tickets_prev3"] = acct["support_tickets"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum()
    )
    df["payfail_prev3"] = acct["payment_failures"].transform(
        lambda s: s.shift(1).rolling(3, min_periods=1).sum()
    )
    df["seats_change"] = acct["seats"].diff()
    df["months_observed"] = acct.cumcount()

    df = pd.get_dummies(df, columns=["plan_tier", "region", "industry"], dtype=float)
    return df


def feature_list(df):
    skip = {"row_id", "account_id", TIME, TARGET, "cancellation_reason", "final_invoice_status"}
    return [c for c in df.columns if c not in skip]


def report(name, y_true, p):
    print(f"{name:<12} auc={roc_auc_score(y_true, p):.4f} "
          f"logloss={log_loss(y_true, np.clip(p, 1e-6, 1 - 1e-6)):.4f} "
          f"brier={brier_score_loss(y_true, p):.4f} "
          f"f1@0.5={f1_score(y_true, (p >= 0.5).astype(int)):.4f}")


def main(path="train.csv"):
    df = build_frame(path)
    feats = feature_list(df)

    last_month = df[TIME].max()
    cutoff = last_month - pd.DateOffset(months=HOLDOUT_MONTHS - 1)
    tr = df[df[TIME] < cutoff]
    ho = df[df[TIME] >= cutoff]
    print(f"cutoff {cutoff.date()}  train={len(tr)}  holdout={len(ho)}")

    # baseline: renewal rate of the training period for every holdout row
    base_rate = tr[TARGET].mean()
    report("baseline", ho[TARGET], np.full(len(ho), base_rate))

    # majority-class baseline, for the F1 column
    maj = float(tr[TARGET].mean() >= 0.5)
    report("majority", ho[TARGET], np.full(len(ho), maj))

    clf = xgb.XGBClassifier(
        n_estimators=400,
        max_depth=5,
        learning_rate=0.05,
        subsample=0.8,
        colsample_bytree=0.8,
        min_child_weight=5,
        eval_metric="logloss",
        tree_method="hist",
        random_state=7,
    )
    clf.fit(tr[feats], tr[TARGET])
    p = clf.predict_proba(ho[feats])[:, 1]
    report("xgboost", ho[TARGET], p)

    gain = clf.get_booster().get_score(importance_type="gain")
    top = sorted(gain.items(), key=lambda kv: -kv[1])[:12]
    for k, v in top:
        print(f"  {k:<28}{v:10.2f}")
    return clf


if __name__ == "__main__":
    main(*sys.argv[1:])
