# -*- coding: utf-8 -*-
"""
Shipping delay model - DataCo smart supply chain dataset
Predict how many days late (or early) an order line ships compared to the schedule.
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("DataCoSupplyChainDataset.csv", encoding="latin-1")
print(df.shape)

df["delay_days"] = df["Days for shipping (real)"] - df["Days for shipment (scheduled)"]
print(df["delay_days"].value_counts().sort_index())

# outcome-related columns (known only once the order is delivered) are not features
drop_cols = ["Days for shipping (real)", "Delivery Status", "Late_delivery_risk", "Order Status",
             "shipping date (DateOrders)", "Customer Email", "Customer Password", "Customer Fname",
             "Customer Lname", "Customer Street", "Product Image", "Product Description", "Order Zipcode"]
df = df.drop(columns=[c for c in drop_cols if c in df.columns])

cat_features = ["Shipping Mode", "Market", "Order Region", "Customer Segment", "Department Name",
                "Category Name", "Type"]
num_features = ["Days for shipment (scheduled)", "Order Item Quantity", "Order Item Discount Rate",
                "Order Item Product Price", "Sales", "Order Item Profit Ratio", "Latitude", "Longitude"]

X = pd.concat([df[num_features], pd.get_dummies(df[cat_features], dtype=int)], axis=1)
y = df["delay_days"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=123)

model = RandomForestRegressor(n_estimators=200, max_depth=14, min_samples_leaf=10,
                              n_jobs=-1, random_state=123)
model.fit(X_train, y_train)
fitted = model.predict(X_test)

mean_pred = np.full(len(y_test), y_train.mean())
print("Mean baseline  MAE: %.3f days" % mean_absolute_error(y_test, mean_pred))
print("Random forest  MAE: %.3f days   R2: %.3f" % (mean_absolute_error(y_test, fitted), r2_score(y_test, fitted)))

by_mode = (pd.DataFrame({"mode": df.loc[X_test.index, "Shipping Mode"], "actual": y_test, "pred": fitted})
           .groupby("mode")[["actual", "pred"]].mean())
print(by_mode)

importances = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(15))

# score the open orders for the ops dashboard
open_orders = pd.read_csv("open_orders.csv", encoding="latin-1")
X_open = pd.concat([open_orders[num_features], pd.get_dummies(open_orders[cat_features], dtype=int)], axis=1)
X_open = X_open.reindex(columns=X.columns, fill_value=0)
open_orders["predicted_delay_days"] = model.predict(X_open)
open_orders[["Order Id", "Order Item Id", "predicted_delay_days"]].to_csv("open_orders_scored.csv", index=False)
print("wrote", len(open_orders), "scored orders")
