"""Churn model with snapshot design.

For a cut-off date c, features use orders strictly before c and the label is
"no order in the 120 days from c".  The model is trained on the 2017-12-01
snapshot (label window ends 2018-03-31) and evaluated on the 2018-04-01
snapshot, restricted to customers acquired after the training cut-off, so no
customer is on both sides.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

HORIZON = pd.Timedelta(days=120)
TRAIN_CUTOFF = pd.Timestamp("2017-12-01")
TEST_CUTOFF = pd.Timestamp("2018-04-01")
FEATURES = ["recency", "tenure", "frequency", "log_monetary", "log_aov", "n_categories",
            "mobile_share", "avg_gap_days", "discount_share", "orders_last_90d"]


def load_orders(path="shop_orders.csv"):
    orders = pd.read_csv(path, parse_dates=["order_date"])
    orders = orders[orders["status"] == "delivered"]
    return orders.sort_values(["customer_id", "order_date"])


def build_snapshot(orders, cutoff):
    hist = orders[orders["order_date"] < cutoff].copy()
    future = orders[(orders["order_date"] >= cutoff) & (orders["order_date"] < cutoff + HORIZON)]

    hist["gap_days"] = hist.groupby("customer_id")["order_date"].diff().dt.days
    hist["recent"] = (hist["order_date"] >= cutoff - pd.Timedelta(days=90)).astype(int)
    snap = hist.groupby("customer_id").agg(
        first_order=("order_date", "min"),
        last_order=("order_date", "max"),
        frequency=("order_id", "nunique"),
        monetary=("amount", "sum"),
        aov=("amount", "mean"),
        n_categories=("category", "nunique"),
        mobile_share=("channel", lambda s: (s == "app").mean()),
        avg_gap_days=("gap_days", "mean"),
        discount_share=("used_voucher", "mean"),
        orders_last_90d=("recent", "sum"),
    )
    snap["recency"] = (cutoff - snap["last_order"]).dt.days
    snap["tenure"] = (cutoff - snap["first_order"]).dt.days
    snap["avg_gap_days"] = snap["avg_gap_days"].fillna(snap["tenure"])
    snap["log_monetary"] = np.log1p(snap["monetary"])
    snap["log_aov"] = np.log1p(snap["aov"])
    snap["churn"] = (~snap.index.isin(future["customer_id"].unique())).astype(int)
    return snap


def main():
    orders = load_orders()
    train = build_snapshot(orders, TRAIN_CUTOFF)
    test = build_snapshot(orders, TEST_CUTOFF)
    test = test[test["first_order"] >= TRAIN_CUTOFF]
    assert not set(train.index) & set(test.index)
    print(f"train snapshot: {len(train)} customers, churn {train['churn'].mean():.3f}")
    print(f"test snapshot : {len(test)} customers, churn {test['churn'].mean():.3f}")

    model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                           random_state=0)
    model.fit(train[FEATURES], train["churn"])
    p = model.predict_proba(test[FEATURES])[:, 1]

    prior = DummyClassifier(strategy="prior").fit(train[FEATURES], train["churn"])
    p0 = prior.predict_proba(test[FEATURES])[:, 1]

    print(f"model     AUC {roc_auc_score(test['churn'], p):.4f}  AP {average_precision_score(test['churn'], p):.4f}")
    print(f"baseline  AUC {roc_auc_score(test['churn'], p0):.4f}  AP {average_precision_score(test['churn'], p0):.4f}")

    top = pd.Series(p, index=test.index).rank(ascending=False, pct=True) <= 0.2
    print("churners among the top-20% risk:", round(test.loc[top, "churn"].mean(), 3))


if __name__ == "__main__":
    main()
