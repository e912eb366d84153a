import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

TARGET = "returned"
MIN_ABS_CORR = 0.03

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
title = orders["product_title"].fillna("").str.lower()

keyword_map = {
    "kw_dress": "dress", "kw_jeans": "jean", "kw_shoe": "shoe|sneaker|boot",
    "kw_swim": "swim|bikini", "kw_set": "set|bundle|pack", "kw_slim": "slim|skinny",
    "kw_oversized": "oversized|loose", "kw_silk": "silk|satin", "kw_kids": "kid|child|baby",
}
for col, pattern in keyword_map.items():
    orders[col] = title.str.contains(pattern).astype(int)
orders["log_price"] = np.log1p(orders["price"])
orders["discount_pct"] = orders["discount_pct"].fillna(0)
orders["multi_qty"] = (orders["quantity"] > 1).astype(int)
orders["is_weekend"] = orders["order_date"].dt.dayofweek.isin([5, 6]).astype(int)

candidates = list(keyword_map) + ["log_price", "discount_pct", "multi_qty", "is_weekend",
                                  "shipping_days", "customer_tenure_days"]
corr_with_target = orders[candidates + [TARGET]].corr()[TARGET].drop(TARGET)
selected = corr_with_target[corr_with_target.abs() >= MIN_ABS_CORR].index.tolist()
print("selected:", selected)

first_test_date = pd.Timestamp("2023-06-01")
train = orders[orders.order_date < first_test_date]
test = orders[orders.order_date >= first_test_date]
test = test[~test.customer_id.isin(set(train.customer_id))]

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0)
rf.fit(train[selected], train[TARGET])
base = DummyClassifier(strategy="most_frequent").fit(train[selected], train[TARGET])

print("accuracy rf:      %.4f" % accuracy_score(test[TARGET], rf.predict(test[selected])))
print("accuracy dummy:   %.4f" % accuracy_score(test[TARGET], base.predict(test[selected])))
