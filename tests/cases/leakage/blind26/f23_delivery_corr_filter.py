import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.metrics import mean_absolute_error, r2_score

orders = pd.read_csv("orders.csv", parse_dates=["order_ts"])
restaurants = pd.read_csv("restaurants.csv")
orders = orders.merge(restaurants, on="restaurant_id", how="left")
orders = orders.sort_values(["courier_id", "order_ts"])

orders["hour"] = orders["order_ts"].dt.hour
orders["dow"] = orders["order_ts"].dt.dayofweek
orders["is_lunch"] = orders["hour"].between(11, 14).astype(int)
orders["is_dinner"] = orders["hour"].between(18, 21).astype(int)
orders["km_per_item"] = orders["distance_km"] / orders["n_items"].clip(lower=1)
orders["courier_prev_orders"] = orders.groupby("courier_id").cumcount()
orders["courier_gap_min"] = (orders.groupby("courier_id")["order_ts"].diff()
                             .dt.total_seconds().div(60).fillna(600))
orders = pd.get_dummies(orders, columns=["cuisine", "vehicle_type"], dtype=float)

exclude = {"delay_min", "order_id", "courier_id", "restaurant_id", "courier_rating_after"}
candidate_cols = [c for c in orders.select_dtypes(include=[np.number]).columns if c not in exclude]

# keep features with a meaningful linear relation to the delay
corr = orders[candidate_cols].corrwith(orders["delay_min"])
selected = corr[corr.abs() > 0.05].index.tolist()
print(f"{len(selected)}/{len(candidate_cols)} features kept")
print(corr.loc[selected].sort_values())

cut = pd.Timestamp("2024-03-01")
train = orders[orders["order_ts"] < cut]
test = orders[orders["order_ts"] >= cut]
test = test[~test["courier_id"].isin(train["courier_id"])]

reg = LGBMRegressor(n_estimators=500, learning_rate=0.04, num_leaves=31, random_state=0)
reg.fit(train[selected], train["delay_min"])
pred = reg.predict(test[selected])
print("MAE", round(mean_absolute_error(test["delay_min"], pred), 3))
print("R2 ", round(r2_score(test["delay_min"], pred), 3))
