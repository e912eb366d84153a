"""Returns model v2: LightGBM with customer-level features.

Run from the bundle directory: python t03_returns_customer_rate.py
"""
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATA = Path(".")
TARGET = "returned"
CUTOFF = pd.Timestamp("2024-01-01")
CAT_COLS = ["box_type", "plan", "region", "channel"]


def load():
    train = pd.read_csv(DATA / "train.csv", parse_dates=["order_date"])
    test = pd.read_csv(DATA / "test.csv", parse_dates=["order_date"])
    return train, test


def add_features(df):
    df = df.copy()
    df["order_month"] = df["order_date"].dt.month
    df["order_dow"] = df["order_date"].dt.dayofweek
    df["value_per_item"] = df["order_value"] / df["n_items"].clip(lower=1)
    # customers who returned before tend to return again
    df["cust_return_rate"] = df.groupby("customer_id")[TARGET].transform("mean")
    df["cust_n_orders"] = df.groupby("customer_id")["order_id"].transform("count")
    return df


def feature_matrix(df):
    cols = ["n_items", "order_value", "discount_pct", "shipping_days", "customer_tenure_days",
            "size_profile_complete", "promo_code_used", "order_month", "order_dow",
            "value_per_item", "cust_return_rate", "cust_n_orders"] + CAT_COLS
    return pd.get_dummies(df[cols], columns=CAT_COLS, dtype=float)


def main():
    raw, test = load()
    df = add_features(raw)

    train = df[df["order_date"] < CUTOFF]
    valid = df[df["order_date"] >= CUTOFF]
    valid = valid[~valid["customer_id"].isin(train["customer_id"])]
    print(f"train={len(train)} valid={len(valid)}")

    X_all = feature_matrix(df)
    X_tr, X_va = X_all.loc[train.index], X_all.loc[valid.index]
    y_tr, y_va = train[TARGET], valid[TARGET]

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=31,
                               subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                               random_state=7, verbose=-1)
    model.fit(X_tr, y_tr)

    for name, m in [("baseline", baseline), ("lgbm", model)]:
        p = m.predict_proba(X_va)[:, 1]
        print(f"{name:10s} auc={roc_auc_score(y_va, p):.4f} ap={average_precision_score(y_va, p):.4f}")

    imp = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
    print(imp.head(10))

    # final model on all labelled rows
    model.fit(X_all, df[TARGET])
    rates = df.groupby("customer_id")[TARGET].mean()
    counts = df.groupby("customer_id")["order_id"].count()
    test = test.copy()
    test["order_month"] = test["order_date"].dt.month
    test["order_dow"] = test["order_date"].dt.dayofweek
    test["value_per_item"] = test["order_value"] / test["n_items"].clip(lower=1)
    test["cust_return_rate"] = test["customer_id"].map(rates).fillna(df[TARGET].mean())
    test["cust_n_orders"] = test["customer_id"].map(counts).fillna(0)
    X_test = feature_matrix(test).reindex(columns=X_all.columns, fill_value=0)
    pd.DataFrame({"order_id": test["order_id"],
                  "prediction": model.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    np.random.seed(7)
    main()
