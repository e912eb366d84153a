"""
Churn snapshots take-home.

LightGBM on the monthly snapshots. Adds a smoothed churn rate per plan as a feature
(learned on the fitting rows only), validates on later months / unseen customers, writes predictions.csv.
"""
import logging

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
TIME = "snapshot_month"
GROUP = "customer_id"
NOT_FEATURES = [
    "snapshot_id", GROUP, TIME, TARGET,
    "retention_offer_accepted", "account_closed_date_known",
]
PLAN_DTYPE = pd.CategoricalDtype(["basic", "standard", "premium"])
PARAMS = dict(
    objective="binary",
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    n_estimators=600,
    verbose=-1,
)


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    for d in (tr, te):
        d[TIME] = pd.PeriodIndex(d[TIME], freq="M")
        d["plan"] = d["plan"].astype(PLAN_DTYPE)
    return tr, te


def smoothed_rate(frame, col, alpha=20):
    """Churn rate per category, shrunk towards the global rate."""
    prior = frame[TARGET].mean()
    agg = frame.groupby(col, observed=True)[TARGET].agg(["sum", "count"])
    return (agg["sum"] + alpha * prior) / (agg["count"] + alpha), prior


def add_features(df, plan_rate, prior):
    df = df.copy()
    df["plan_churn_rate"] = df["plan"].map(plan_rate).astype(float).fillna(prior)
    df["charges_per_hour"] = df["monthly_charges"] / (df["usage_hours"].fillna(0) + 1)
    df["has_payment_failure"] = (df["payment_failures"] > 0).astype(int)
    df["tickets_x_failures"] = df["support_tickets"] * df["payment_failures"]
    return df


def split(df, cutoff="2024-07"):
    cut = pd.Period(cutoff, freq="M")
    fit_part = df[df[TIME] < cut]
    hold = df[df[TIME] >= cut]
    hold = hold[~hold[GROUP].isin(fit_part[GROUP].unique())]
    return fit_part, hold


def evaluate(y_true, proba, name):
    auc = roc_auc_score(y_true, proba)
    ap = average_precision_score(y_true, proba)
    prec, rec, _ = precision_recall_curve(y_true, proba)
    p_at_r50 = prec[rec >= 0.5].max() if (rec >= 0.5).any() else np.nan
    log.info("%-10s AUC=%.4f  AP=%.4f  precision@recall>=0.5=%.3f", name, auc, ap, p_at_r50)
    return {"model": name, "auc": auc, "ap": ap}


def main():
    train, test = load()
    log.info("train %s  test %s  churn rate %.4f", train.shape, test.shape, train[TARGET].mean())
    # quick look only, the feature itself is built from the fitting rows below
    log.info("churn by plan (all train.csv, EDA):\n%s", train.groupby("plan", observed=True)[TARGET].mean().round(4))

    fit_part, hold = split(train)
    log.info("fit rows %d, holdout rows %d (%d customers)", len(fit_part), len(hold), hold[GROUP].nunique())

    plan_rate, prior = smoothed_rate(fit_part, "plan")
    log.info("plan churn rates (fit rows):\n%s", plan_rate.round(4))
    fit_part = add_features(fit_part, plan_rate, prior)
    hold = add_features(hold, plan_rate, prior)

    features = [c for c in fit_part.columns if c not in NOT_FEATURES]
    log.info("features: %s", features)

    rows = []
    # baseline: everybody gets the training churn rate
    rows.append(evaluate(hold[TARGET], np.full(len(hold), fit_part[TARGET].mean()), "prior"))

    model = lgb.LGBMClassifier(**PARAMS)
    model.fit(fit_part[features], fit_part[TARGET], categorical_feature=["plan"])
    rows.append(evaluate(hold[TARGET], model.predict_proba(hold[features])[:, 1], "lightgbm"))

    print(pd.DataFrame(rows).to_string(index=False))

    imp = pd.Series(model.booster_.feature_importance("gain"), index=features)
    print(imp.sort_values(ascending=False).round(1))

    # submission: recompute the plan rates on all of train.csv, refit, predict test.csv
    full_rate, full_prior = smoothed_rate(train, "plan")
    train_full = add_features(train, full_rate, full_prior)
    test = add_features(test, full_rate, full_prior)
    final = lgb.LGBMClassifier(**PARAMS)
    final.fit(train_full[features], train_full[TARGET], categorical_feature=["plan"])
    pd.DataFrame({
        "snapshot_id": test["snapshot_id"],
        "churn_probability": final.predict_proba(test[features])[:, 1],
    }).to_csv("predictions.csv", index=False)
    log.info("predictions written")


if __name__ == "__main__":
    main()
