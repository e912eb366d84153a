"""Bad-review model for Olist orders, evaluated on unseen sellers.

Every order of a seller goes to the same side of the split (GroupShuffleSplit
on seller_id), so the score reflects how the model does for sellers it has not
seen.  Only order-level information is used as features.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

PATH = "brazilian-ecommerce/"
NUM = ["delivery_days", "delay_days", "approval_hours", "n_items", "n_sellers", "price", "freight",
       "freight_ratio", "same_state", "product_weight_g", "product_photos_qty"]
CAT = ["product_category_name", "seller_state", "customer_state"]


def build_orders():
    orders = pd.read_csv(PATH + "olist_orders_dataset.csv")
    items = pd.read_csv(PATH + "olist_order_items_dataset.csv")
    reviews = pd.read_csv(PATH + "olist_order_reviews_dataset.csv")
    products = pd.read_csv(PATH + "olist_products_dataset.csv")
    sellers = pd.read_csv(PATH + "olist_sellers_dataset.csv")
    customers = pd.read_csv(PATH + "olist_customers_dataset.csv")

    for c in ["order_purchase_timestamp", "order_approved_at", "order_delivered_customer_date",
              "order_estimated_delivery_date"]:
        orders[c] = pd.to_datetime(orders[c])
    orders = orders[orders["order_status"] == "delivered"].dropna(subset=["order_delivered_customer_date"])

    first_item = items.sort_values("order_item_id").drop_duplicates("order_id")
    totals = items.groupby("order_id").agg(n_items=("order_item_id", "max"), price=("price", "sum"),
                                           freight=("freight_value", "sum"),
                                           n_sellers=("seller_id", "nunique"))
    rev = reviews.sort_values("review_answer_timestamp").drop_duplicates("order_id", keep="last")

    df = (orders.merge(first_item[["order_id", "seller_id", "product_id"]], on="order_id")
                .merge(totals, on="order_id")
                .merge(rev[["order_id", "review_score"]], on="order_id")
                .merge(products[["product_id", "product_category_name", "product_weight_g",
                                 "product_photos_qty"]], on="product_id", how="left")
                .merge(sellers[["seller_id", "seller_state"]], on="seller_id", how="left")
                .merge(customers[["customer_id", "customer_state"]], on="customer_id", how="left"))

    df["bad_review"] = (df["review_score"] <= 2).astype(int)
    df["delivery_days"] = (df["order_delivered_customer_date"] - df["order_purchase_timestamp"]).dt.days
    df["delay_days"] = (df["order_delivered_customer_date"] - df["order_estimated_delivery_date"]).dt.days
    df["approval_hours"] = (df["order_approved_at"] - df["order_purchase_timestamp"]).dt.total_seconds() / 3600
    df["freight_ratio"] = df["freight"] / df["price"]
    df["same_state"] = (df["seller_state"] == df["customer_state"]).astype(int)
    df[CAT] = df[CAT].fillna("unknown")
    return df


def main():
    df = build_orders()
    print(df.shape, "bad-review rate", round(df["bad_review"].mean(), 4))

    per_seller = df.groupby("seller_id")["bad_review"].agg(["size", "mean"])
    print("sellers:", len(per_seller), " median orders per seller:", per_seller["size"].median())
    print(per_seller[per_seller["size"] >= 50].sort_values("mean", ascending=False).head())

    gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=10)
    tr_idx, te_idx = next(gss.split(df, df["bad_review"], groups=df["seller_id"]))
    train, test = df.iloc[tr_idx], df.iloc[te_idx]
    assert not set(train["seller_id"]) & set(test["seller_id"])

    model = Pipeline([
        ("prep", ColumnTransformer([
            ("cat", OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=50), CAT),
            ("num", "passthrough", NUM),
        ])),
        ("gbm", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=10)),
    ])
    model.fit(train[NUM + CAT], train["bad_review"])
    p = model.predict_proba(test[NUM + CAT])[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(train[NUM + CAT], train["bad_review"])
    p0 = dummy.predict_proba(test[NUM + CAT])[:, 1]

    print(f"unseen sellers  AUC {roc_auc_score(test['bad_review'], p):.4f}   "
          f"AP {average_precision_score(test['bad_review'], p):.4f}")
    print(f"prior baseline  AUC {roc_auc_score(test['bad_review'], p0):.4f}   "
          f"AP {average_precision_score(test['bad_review'], p0):.4f}")

    late = test["delay_days"] > 0
    print("mean predicted risk, late vs on time:", round(p[late.values].mean(), 3), round(p[~late.values].mean(), 3))


if __name__ == "__main__":
    main()
