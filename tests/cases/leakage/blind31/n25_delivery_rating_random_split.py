import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

RNG = 42

orders = pd.read_csv("train.csv", parse_dates=["order_time"])
orders["hour"] = orders["order_time"].dt.hour
orders["weekday"] = orders["order_time"].dt.weekday
orders["month"] = orders["order_time"].dt.month
for col in ["weather", "zone", "vehicle_type"]:
    orders[col] = orders[col].astype("category")

FEATURES = [
    "distance_km", "restaurant_prep_min", "n_items", "traffic_index",
    "courier_orders_today", "courier_rating_after",  # courier quality signal
    "weather", "zone", "vehicle_type", "hour", "weekday", "month",
]
X = orders[FEATURES]
y = orders["delay_min"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=RNG)

model = HistGradientBoostingRegressor(
    categorical_features="from_dtype", max_iter=500, learning_rate=0.05,
    max_leaf_nodes=63, l2_regularization=0.5, random_state=RNG,
)
model.fit(X_train, y_train)
pred = model.predict(X_test)

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
base_pred = baseline.predict(X_test)

print(f"baseline (mean)  MAE {mean_absolute_error(y_test, base_pred):.2f}  R2 {r2_score(y_test, base_pred):.3f}")
print(f"HGB              MAE {mean_absolute_error(y_test, pred):.2f}  R2 {r2_score(y_test, pred):.3f}")

# which features drive the model?
imp = permutation_importance(model, X_test, y_test, n_repeats=5, random_state=RNG, scoring="neg_mean_absolute_error")
print(pd.Series(imp.importances_mean, index=FEATURES).sort_values(ascending=False).round(3))

# residuals by zone, for the memo
res = pd.DataFrame({"zone": X_test["zone"], "abs_err": np.abs(y_test - pred)})
print(res.groupby("zone", observed=True)["abs_err"].mean().sort_values())

model.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["order_time"])
test["hour"] = test["order_time"].dt.hour
test["weekday"] = test["order_time"].dt.weekday
test["month"] = test["order_time"].dt.month
for col in ["weather", "zone", "vehicle_type"]:
    test[col] = pd.Categorical(test[col], categories=orders[col].cat.categories)
pd.DataFrame({"order_id": test["order_id"], "prediction": model.predict(test[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
