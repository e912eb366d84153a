"""90-day churn: account-level behaviour features + gradient boosting.

Split: train on snapshots before 2023-12, test on snapshots from 2024-03 on,
test restricted to accounts that first appear after the training window.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_90d"
TIME_COL = "snapshot_month"
ACCOUNT = "account_id"
TRAIN_END = pd.Timestamp("2023-12-01")
TEST_START = pd.Timestamp("2024-03-01")

BASE_FEATURES = [
    "seats", "monthly_fee", "tenure_months", "logins_30d", "active_users_30d",
    "support_tickets_30d", "nps_last", "discount_pct", "payment_failures_90d", "auto_renew",
]
CATEGORICAL = ["plan_tier", "region", "contract_type"]
BEHAVIOUR_COLS = ["logins_30d", "support_tickets_30d", "active_users_30d", "nps_last"]


def account_behaviour(frame):
    """Typical level and volatility of each account's usage."""
    g = frame.groupby(ACCOUNT)
    prof = pd.DataFrame(index=frame.index)
    for col in BEHAVIOUR_COLS:
        prof[f"{col}_acct_mean"] = g[col].transform("mean")
        prof[f"{col}_acct_std"] = g[col].transform("std").fillna(0.0)
        prof[f"{col}_vs_acct"] = frame[col] - prof[f"{col}_acct_mean"]
    prof["acct_n_snapshots"] = g[TIME_COL].transform("count")
    prof["acct_max_tickets"] = g["support_tickets_30d"].transform("max")
    return prof


def prepare(frame):
    out = frame.copy()
    out["fee_per_seat"] = out["monthly_fee"] / out["seats"].clip(lower=1)
    out["logins_per_seat"] = out["logins_30d"] / out["seats"].clip(lower=1)
    out = out.join(account_behaviour(out))
    for c in CATEGORICAL:
        out[c] = out[c].astype("category")
    return out


def top_k_precision(y, p, k=0.05):
    n = max(1, int(len(p) * k))
    idx = np.argsort(-p)[:n]
    return float(np.asarray(y)[idx].mean())


def main():
    df = pd.read_csv("train.csv", parse_dates=[TIME_COL]).sort_values([ACCOUNT, TIME_COL])
    df = prepare(df)
    feature_cols = BASE_FEATURES + CATEGORICAL + ["fee_per_seat", "logins_per_seat"] + [
        c for c in df.columns if c.endswith(("_acct_mean", "_acct_std", "_vs_acct")) or c.startswith("acct_")
    ]

    train = df[df[TIME_COL] < TRAIN_END]
    test = df[(df[TIME_COL] >= TEST_START) & ~df[ACCOUNT].isin(train[ACCOUNT].unique())]
    X_tr, y_tr = train[feature_cols], train[TARGET]
    X_te, y_te = test[feature_cols], test[TARGET]
    print(f"train={len(train):,} test={len(test):,} features={len(feature_cols)}")

    clf = HistGradientBoostingClassifier(
        learning_rate=0.04, max_iter=500, max_depth=6, min_samples_leaf=50,
        categorical_features="from_dtype", random_state=1,
    ).fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="stratified", random_state=1).fit(X_tr, y_tr)

    for name, model in [("dummy_stratified", dummy), ("hgb", clf)]:
        p = model.predict_proba(X_te)[:, 1]
        print(f"{name:18s} AUC={roc_auc_score(y_te, p):.4f} AP={average_precision_score(y_te, p):.4f} "
              f"P@5%={top_k_precision(y_te, p):.3f}")

    imp = permutation_importance(clf, X_te, y_te, scoring="average_precision", n_repeats=5, random_state=1, n_jobs=-1)
    print(pd.Series(imp.importances_mean, index=feature_cols).sort_values(ascending=False).head(15).round(4))

    final = HistGradientBoostingClassifier(
        learning_rate=0.04, max_iter=500, max_depth=6, min_samples_leaf=50,
        categorical_features="from_dtype", random_state=1,
    ).fit(df[feature_cols], df[TARGET])
    sub = prepare(pd.read_csv("test.csv", parse_dates=[TIME_COL]).sort_values([ACCOUNT, TIME_COL]))
    sub[["snapshot_id"]].assign(prediction=final.predict_proba(sub[feature_cols])[:, 1]).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
