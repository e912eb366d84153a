"""Random forest churn model with minority up-sampling.

Churn is ~5% of snapshots, so positives are up-sampled to a 1:4 ratio before fitting.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.utils import resample

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2024-07-01")
NUMERIC = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def upsample_minority(df, ratio=0.25, seed=0):
    pos = df[df[TARGET] == 1]
    neg = df[df[TARGET] == 0]
    n_pos = max(len(pos), int(ratio * len(neg)))
    pos_up = resample(pos, replace=True, n_samples=n_pos, random_state=seed)
    return pd.concat([neg, pos_up]).sample(frac=1, random_state=seed).reset_index(drop=True)


def customer_time_split(df, seed=1, val_share=0.25):
    """Hold out a random quarter of customer ids; fit on the rest before the cutoff,
    validate on the held-out customers from the cutoff on."""
    ids = np.sort(df["customer_id"].unique())
    rng = np.random.default_rng(seed)
    val_ids = rng.choice(ids, size=int(val_share * len(ids)), replace=False)
    in_val = df["customer_id"].isin(val_ids)
    tr = df[~in_val & (df["snapshot_month"] < CUTOFF)]
    va = df[in_val & (df["snapshot_month"] >= CUTOFF)]
    return tr, va


def design(df, columns=None):
    X = df[NUMERIC].fillna(-1).copy()
    X["charges_per_month_tenure"] = df["monthly_charges"] / (df["tenure_months"] + 1)
    X = pd.concat([X, pd.get_dummies(df[["plan", "region"]], dtype=int)], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0)
    return X


def make_rf():
    return RandomForestClassifier(n_estimators=500, max_depth=12, min_samples_leaf=20,
                                  max_features="sqrt", n_jobs=-1, random_state=0)


def main():
    train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    print("raw churn rate:", round(train[TARGET].mean(), 4))

    train = upsample_minority(train)
    tr, va = customer_time_split(train)
    print(f"fit rows {len(tr)} (churn {tr[TARGET].mean():.3f}), validation rows {len(va)} (churn {va[TARGET].mean():.3f})")

    X_tr = design(tr)
    X_va = design(va, columns=X_tr.columns)
    rf = make_rf().fit(X_tr, tr[TARGET])
    p = rf.predict_proba(X_va)[:, 1]
    dummy = DummyClassifier(strategy="prior").fit(X_tr, tr[TARGET])
    pb = dummy.predict_proba(X_va)[:, 1]
    print(f"baseline      AUC {roc_auc_score(va[TARGET], pb):.4f}  AP {average_precision_score(va[TARGET], pb):.4f}")
    print(f"random forest AUC {roc_auc_score(va[TARGET], p):.4f}  AP {average_precision_score(va[TARGET], p):.4f}")

    top = pd.Series(rf.feature_importances_, index=X_tr.columns).nlargest(10)
    print(top.round(4))

    # final: up-sample all labelled rows, fit, predict test
    full = upsample_minority(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
    X_full = design(full)
    final = make_rf().fit(X_full, full[TARGET])
    pred = final.predict_proba(design(test, columns=X_full.columns))[:, 1]
    pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
