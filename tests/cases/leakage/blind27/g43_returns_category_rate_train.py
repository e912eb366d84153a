import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "returned"
KEYS = [("product_category",), ("product_category", "size")]

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
title = orders["product_title"].fillna("").str.lower()
orders["title_is_dress"] = title.str.contains("dress|gown").astype(int)
orders["title_is_shoe"] = title.str.contains("shoe|sneaker|boot").astype(int)
orders["title_has_fit_word"] = title.str.contains("slim|oversized|fitted|petite").astype(int)
orders["order_month"] = orders["order_date"].dt.month

cut = pd.Timestamp("2023-05-01")
train = orders[orders.order_date < cut].copy()
test = orders[orders.order_date >= cut].copy()
test = test[~test.customer_id.isin(train.customer_id)].copy()


class RateEncoder:
    def __init__(self, keys, alpha=50.0):
        self.keys, self.alpha = list(keys), alpha

    def fit(self, frame, y):
        self.prior_ = y.mean()
        agg = y.groupby([frame[k] for k in self.keys]).agg(["sum", "count"])
        self.table_ = (agg["sum"] + self.alpha * self.prior_) / (agg["count"] + self.alpha)
        self.table_.name = "rate"
        return self

    def transform(self, frame):
        joined = frame[self.keys].merge(self.table_.reset_index(), on=self.keys, how="left")
        return joined["rate"].fillna(self.prior_).to_numpy()


rate_cols = []
for keys in KEYS:
    name = "rate_" + "_".join(keys)
    enc = RateEncoder(keys).fit(train, train[TARGET])
    train[name] = enc.transform(train)
    test[name] = enc.transform(test)
    rate_cols.append(name)

features = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days",
            "title_is_dress", "title_is_shoe", "title_has_fit_word", "order_month"] + rate_cols

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=2)
hgb.fit(train[features], train[TARGET])
p = hgb.predict_proba(test[features])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(train[features], train[TARGET]).predict_proba(test[features])[:, 1]
print("HGB   AUC %.4f AP %.4f" % (roc_auc_score(test[TARGET], p), average_precision_score(test[TARGET], p)))
print("Dummy AUC %.4f AP %.4f" % (roc_auc_score(test[TARGET], p0), average_precision_score(test[TARGET], p0)))
