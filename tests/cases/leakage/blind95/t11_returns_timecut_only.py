"""Order return propensity - LightGBM, out-of-time validation."""
import argparse

import lightgbm as lgb
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

CATS = ["box_type", "plan", "region", "channel"]
NUMS = ["n_items", "order_value", "discount_pct", "shipping_days", "customer_tenure_days",
        "size_profile_complete", "promo_code_used"]


def build(df):
    df = df.sort_values("order_date").copy()
    df["month"] = df["order_date"].dt.month
    df["dow"] = df["order_date"].dt.dayofweek
    df["value_per_item"] = df["order_value"] / df["n_items"].clip(lower=1)
    # how many boxes this customer had received before this one
    df["prior_orders"] = df.groupby("customer_id").cumcount()
    return df


def to_matrix(df, columns=None):
    X = pd.get_dummies(df[NUMS + CATS + ["month", "dow", "value_per_item", "prior_orders"]],
                       columns=CATS, dtype=float)
    return X if columns is None else X.reindex(columns=columns, fill_value=0)


def main(cutoff):
    df = build(pd.read_csv("train.csv", parse_dates=["order_date"]))
    train = df[df["order_date"] < cutoff]
    valid = df[df["order_date"] >= cutoff]
    print(f"train {train['order_date'].min():%Y-%m-%d}..{train['order_date'].max():%Y-%m-%d} n={len(train)}")
    print(f"valid {valid['order_date'].min():%Y-%m-%d}..{valid['order_date'].max():%Y-%m-%d} n={len(valid)}")

    X_tr = to_matrix(train)
    X_va = to_matrix(valid, X_tr.columns)
    y_tr, y_va = train["returned"], valid["returned"]

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    model = lgb.LGBMClassifier(n_estimators=350, learning_rate=0.05, num_leaves=31,
                               min_child_samples=30, random_state=11, verbose=-1).fit(X_tr, y_tr)
    for name, m in [("baseline", baseline), ("lightgbm", model)]:
        p = m.predict_proba(X_va)[:, 1]
        print(f"{name:9s} auc={roc_auc_score(y_va, p):.4f} ap={average_precision_score(y_va, p):.4f} "
              f"logloss={log_loss(y_va, p):.4f}")

    test = pd.read_csv("test.csv", parse_dates=["order_date"])
    both = build(pd.concat([df.drop(columns=["prior_orders"]), test], ignore_index=True))
    scored = both[both["returned"].isna()]
    X_all = to_matrix(df)
    model.fit(X_all, df["returned"])
    pd.DataFrame({"order_id": scored["order_id"].values,
                  "prediction": model.predict_proba(to_matrix(scored, X_all.columns))[:, 1]}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--cutoff", default="2024-01-01")
    args = parser.parse_args()
    main(pd.Timestamp(args.cutoff))
