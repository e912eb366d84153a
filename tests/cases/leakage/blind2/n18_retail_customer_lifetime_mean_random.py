import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

orders = pd.read_csv("orders.csv", parse_dates=["order_date"]).sort_values("order_date")
orders["cust_avg_basket"] = orders.groupby("customer_id")["basket_value"].transform("mean")
orders["cust_orders_so_far"] = orders.groupby("customer_id").cumcount()
feats = ["basket_value", "n_items", "cust_avg_basket", "cust_orders_so_far"]

X_tr, X_te, y_tr, y_te = train_test_split(orders[feats], orders["returned"], test_size=0.2, random_state=0)
rf = RandomForestClassifier(n_estimators=200).fit(X_tr, y_tr)
print("rf", roc_auc_score(y_te, rf.predict_proba(X_te)[:, 1]))
print("dummy", roc_auc_score(y_te, DummyClassifier().fit(X_tr, y_tr).predict_proba(X_te)[:, 1]))
