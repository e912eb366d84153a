# churn_catboost.py - churn-snapshots submission
#
# CatBoost on the raw snapshot columns plus point-in-time history per customer.
# Offline check: train on snapshots before 2024-07, score the Jul-Sep snapshots of customers
# that do not appear before July (the hidden test is later months of other customers).
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
TIME = "snapshot_month"
CUST = "customer_id"
CAT_FEATURES = ["plan", "region"]
# account_closed_date_known is only filled after the customer has left -> never a feature.
# retention_offer_accepted is a CRM action we decide on, so it is available at scoring time.
DROP_COLS = ["snapshot_id", CUST, TIME, TARGET, "account_closed_date_known"]
CUTOFF = pd.Timestamp("2024-07-01")


def load(path):
    return pd.read_csv(path, parse_dates=[TIME]).sort_values([CUST, TIME]).reset_index(drop=True)


def history_features(df):
    g = df.groupby(CUST)
    df["logins_lag1"] = g["logins_30d"].shift(1)
    df["logins_roll3_prev"] = g["logins_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df["logins_drop_ratio"] = df["logins_30d"] / (df["logins_roll3_prev"] + 1)
    df["tickets_roll3_prev"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    df["pay_fail_delta"] = g["payment_failures_90d"].diff()
    df["discount_lost"] = (g["has_discount"].diff() < 0).astype(int)
    df["months_observed"] = g.cumcount()
    return df


def split(df):
    seen = df.loc[df[TIME] < CUTOFF, CUST].unique()
    train = df[df[TIME] < CUTOFF]
    valid = df[(df[TIME] >= CUTOFF) & ~df[CUST].isin(seen)]
    return train, valid


def fit_catboost(X, y, iterations=800):
    model = CatBoostClassifier(iterations=iterations, learning_rate=0.03, depth=6, l2_leaf_reg=5,
                               auto_class_weights="SqrtBalanced", cat_features=CAT_FEATURES,
                               verbose=0, random_seed=0)
    return model.fit(X, y)


def main():
    df = history_features(load("train.csv"))
    test = history_features(load("test.csv"))
    features = [c for c in df.columns if c not in DROP_COLS]
    print("using", len(features), "features:", features)

    train, valid = split(df)
    print(f"train {len(train)} rows / valid {len(valid)} rows from {valid[CUST].nunique()} new customers")

    model = fit_catboost(train[features], train[TARGET])
    p = model.predict_proba(valid[features])[:, 1]
    base_rate = np.full(len(valid), train[TARGET].mean())

    print(f"baseline (constant train churn rate): logloss={log_loss(valid[TARGET], base_rate):.4f} auc=0.5")
    print(f"catboost: logloss={log_loss(valid[TARGET], p):.4f} "
          f"auc={roc_auc_score(valid[TARGET], p):.4f} ap={average_precision_score(valid[TARGET], p):.4f}")
    print(model.get_feature_importance(prettified=True).head(10))

    final = fit_catboost(df[features], df[TARGET])
    out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[features])[:, 1]})
    out.to_csv("predictions.csv", index=False)
    print("wrote", len(out), "predictions")


if __name__ == "__main__":
    main()
