"""Churn with per-customer behaviour features + LightGBM.

Validation mimics test.csv: a held-out set of customers, scored on months after the cutoff.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2024-07-01")
CATS = ["plan", "region"]
BASE_FEATURES = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
                 "days_since_last_login", "support_tickets_30d", "payment_failures_90d"] + CATS
HISTORY = ["cust_logins_mean", "cust_tickets_mean", "cust_failures_max",
           "logins_vs_usual", "logins_change", "months_observed"]
FEATURES = BASE_FEATURES + HISTORY
PARAMS = dict(n_estimators=500, learning_rate=0.03, num_leaves=15, min_child_samples=80,
              colsample_bytree=0.8, reg_lambda=1.0, random_state=11, verbose=-1)


def add_customer_history(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    # how this customer usually behaves
    df["cust_logins_mean"] = g["logins_30d"].transform("mean")
    df["cust_tickets_mean"] = g["support_tickets_30d"].transform("mean")
    df["cust_failures_max"] = g["payment_failures_90d"].transform("max")
    df["logins_vs_usual"] = df["logins_30d"] - df["cust_logins_mean"]
    df["logins_change"] = g["logins_30d"].diff()
    df["months_observed"] = g.cumcount() + 1
    return df.sort_index()


def to_model_frame(df, categories=None):
    X = df[FEATURES].copy()
    for c in CATS:
        cats = None if categories is None else categories[c]
        X[c] = pd.Categorical(X[c], categories=cats)
    return X


def split_customers_and_time(df, seed=0):
    gss = GroupShuffleSplit(n_splits=1, test_size=0.3, random_state=seed)
    tr_idx, va_idx = next(gss.split(df, groups=df["customer_id"]))
    tr, va = df.iloc[tr_idx], df.iloc[va_idx]
    return tr[tr.snapshot_month < CUTOFF], va[va.snapshot_month >= CUTOFF]


def report(name, y, p):
    print(f"{name:<10} AUC {roc_auc_score(y, p):.4f}   AP {average_precision_score(y, p):.4f}")


def main():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    train = add_customer_history(train)
    test = add_customer_history(test)
    categories = {c: sorted(train[c].dropna().unique()) for c in CATS}

    tr, va = split_customers_and_time(train)
    print(f"fit rows {len(tr)} / validation rows {len(va)}; "
          f"customers {tr.customer_id.nunique()} / {va.customer_id.nunique()}")

    model = lgb.LGBMClassifier(**PARAMS).fit(to_model_frame(tr, categories), tr[TARGET])
    p = model.predict_proba(to_model_frame(va, categories))[:, 1]
    base = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr[TARGET])
    report("baseline", va[TARGET], base.predict_proba(va[FEATURES])[:, 1])
    report("lightgbm", va[TARGET], p)

    imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES)
    print((imp / imp.sum()).sort_values(ascending=False).round(3).head(8))

    final = lgb.LGBMClassifier(**PARAMS).fit(to_model_frame(train, categories), train[TARGET])
    pred = final.predict_proba(to_model_frame(test, categories))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
