import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score

orders = pd.read_csv("orders.csv")
orders["basket_value"] = orders["quantity"] * orders["unit_price"]
orders["cust_avg_discount"] = orders.groupby("customer_id")["discount"].transform("mean")
orders["cust_n_orders"] = orders.groupby("customer_id")["order_id"].transform("count")

feats = ["basket_value", "cust_avg_discount", "cust_n_orders", "discount"]
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_idx, te_idx = next(gss.split(orders, groups=orders["customer_id"]))
train, test = orders.iloc[tr_idx], orders.iloc[te_idx]
gb = GradientBoostingClassifier().fit(train[feats], train["reorder_30d"])
print("AUC", roc_auc_score(test["reorder_30d"], gb.predict_proba(test[feats])[:, 1]))
