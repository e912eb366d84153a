"""Churn model with smoothed churn-rate encodings of plan / region (LightGBM).

Validation: fit on Jan-Jun, score Jul-Sep snapshots of customers who do not
appear in Jan-Jun (test.csv is later months of other customers).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = "2024-07-01"
ENCODE = ["plan", "region", "plan_region"]
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
SMOOTHING = 50
PARAMS = dict(n_estimators=300, learning_rate=0.05, num_leaves=20, min_child_samples=60,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.9, random_state=3, verbose=-1)


def load(path):
    df = pd.read_csv(path, parse_dates=["snapshot_month"])
    df["plan_region"] = df["plan"].astype(str) + "|" + df["region"].astype(str)
    return df


def fit_rate_encoding(df, cols, m=SMOOTHING):
    prior = df[TARGET].mean()
    maps = {}
    for c in cols:
        agg = df.groupby(c)[TARGET].agg(["sum", "count"])
        maps[c] = (agg["sum"] + m * prior) / (agg["count"] + m)
    return maps, prior


def apply_rate_encoding(df, maps, prior):
    df = df.copy()
    for c, mapping in maps.items():
        df[c + "_rate"] = df[c].map(mapping).fillna(prior).astype(float)
    return df


def split(df):
    past = df[df.snapshot_month < CUTOFF]
    future = df[df.snapshot_month >= CUTOFF]
    return past, future[~future.customer_id.isin(past.customer_id)]


def scores(y, p):
    return {"auc": roc_auc_score(y, p), "ap": average_precision_score(y, p),
            "logloss": log_loss(y, np.clip(p, 1e-6, 1 - 1e-6))}


def main():
    train = load("train.csv")
    test = load("test.csv")

    maps, prior = fit_rate_encoding(train, ENCODE)
    train = apply_rate_encoding(train, maps, prior)
    past, future = split(train)
    feats = NUMERIC + [c + "_rate" for c in ENCODE]
    print(maps["plan"].round(4))
    print(f"past {len(past)} rows, future {len(future)} rows ({future.customer_id.nunique()} customers)")

    model = lgb.LGBMClassifier(**PARAMS).fit(past[feats], past[TARGET])
    base = DummyClassifier(strategy="prior").fit(past[feats], past[TARGET])
    res = pd.DataFrame({
        "prior_baseline": scores(future[TARGET], base.predict_proba(future[feats])[:, 1]),
        "lightgbm": scores(future[TARGET], model.predict_proba(future[feats])[:, 1]),
    }).T
    print(res.round(4))

    # final model: encodings and model from all labelled months
    maps, prior = fit_rate_encoding(train, ENCODE)
    train_enc = apply_rate_encoding(train, maps, prior)
    test_enc = apply_rate_encoding(test, maps, prior)
    final = lgb.LGBMClassifier(**PARAMS).fit(train_enc[feats], train_enc[TARGET])
    pred = final.predict_proba(test_enc[feats])[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("done:", len(pred), "rows")


if __name__ == "__main__":
    main()
