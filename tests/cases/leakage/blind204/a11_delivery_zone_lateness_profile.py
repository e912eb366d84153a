"""Minutes-late regression with zone-level lateness profiles.

Some pickup zones (stadium area, the old town with one-way streets) are
systematically late, so each order gets the typical lateness of its pickup and
drop-off zone as features.
"""
import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, root_mean_squared_error

SEED = 3
CATEGORICAL = ["vehicle_type", "weather"]

orders = pd.read_csv("train.csv", parse_dates=["order_date"])
orders = orders.sort_values("order_date").reset_index(drop=True)
print(orders.shape)
print(orders.groupby("pickup_zone")["minutes_late"].median().sort_values().tail(10))

# --- zone profiles ---------------------------------------------------------
orders["pickup_zone_late_med"] = orders.groupby("pickup_zone")["minutes_late"].transform("median")
orders["dropoff_zone_late_med"] = orders.groupby("dropoff_zone")["minutes_late"].transform("median")
orders["pickup_zone_late_p90"] = orders.groupby("pickup_zone")["minutes_late"].transform(
    lambda s: s.quantile(0.9)
)

# --- other features --------------------------------------------------------
orders["hour"] = orders["order_date"].dt.hour
orders["dow"] = orders["order_date"].dt.dayofweek
orders["rush"] = orders["hour"].isin([12, 13, 19, 20]).astype(int)
orders["speed_needed"] = orders["distance_km"] / (
    (orders["promised_minutes"] - orders["restaurant_prep_minutes"]).clip(lower=5) / 60
)
for col in CATEGORICAL:
    orders[col] = orders[col].astype("category")

FEATURES = [
    "distance_km", "n_items", "order_value", "traffic_index", "promised_minutes",
    "restaurant_prep_minutes", "courier_tenure_days", "hour", "dow", "rush", "speed_needed",
    "pickup_zone_late_med", "dropoff_zone_late_med", "pickup_zone_late_p90",
] + CATEGORICAL

# --- split: unseen couriers, later weeks -----------------------------------
rng = np.random.default_rng(SEED)
couriers = orders["courier_id"].unique()
eval_couriers = set(rng.choice(couriers, size=len(couriers) // 4, replace=False))
cutoff = orders["order_date"].quantile(0.75)

in_eval = orders["courier_id"].isin(eval_couriers)
train = orders[(orders["order_date"] < cutoff) & ~in_eval]
test = orders[(orders["order_date"] >= cutoff) & in_eval]
print("train", train.shape, "test", test.shape)

X_train, y_train = train[FEATURES], train["minutes_late"]
X_test, y_test = test[FEATURES], test["minutes_late"]

# --- models ----------------------------------------------------------------
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)

model = TransformedTargetRegressor(
    regressor=HistGradientBoostingRegressor(
        categorical_features="from_dtype",
        learning_rate=0.05,
        max_iter=700,
        min_samples_leaf=30,
        random_state=SEED,
    ),
    func=np.log1p,
    inverse_func=np.expm1,
)
model.fit(X_train, y_train.clip(lower=0))

for name, est in [("baseline (median)", baseline), ("hgb log-target", model)]:
    pred = est.predict(X_test)
    print(
        f"{name:20s} MAE {mean_absolute_error(y_test, pred):6.2f}  "
        f"RMSE {root_mean_squared_error(y_test, pred):6.2f}"
    )

# error by distance bucket
pred = model.predict(X_test)
buckets = pd.cut(test["distance_km"], [0, 2, 4, 6, 10, 50])
print(pd.Series(np.abs(y_test - pred)).groupby(buckets, observed=True).mean().round(2))

# --- submission ------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["order_date"])
pickup_profile = orders.groupby("pickup_zone")["minutes_late"].agg(
    med="median", p90=lambda s: s.quantile(0.9)
)
dropoff_profile = orders.groupby("dropoff_zone")["minutes_late"].median()
sub["pickup_zone_late_med"] = sub["pickup_zone"].map(pickup_profile["med"])
sub["pickup_zone_late_p90"] = sub["pickup_zone"].map(pickup_profile["p90"])
sub["dropoff_zone_late_med"] = sub["dropoff_zone"].map(dropoff_profile)
sub["hour"] = sub["order_date"].dt.hour
sub["dow"] = sub["order_date"].dt.dayofweek
sub["rush"] = sub["hour"].isin([12, 13, 19, 20]).astype(int)
sub["speed_needed"] = sub["distance_km"] / (
    (sub["promised_minutes"] - sub["restaurant_prep_minutes"]).clip(lower=5) / 60
)
for col in CATEGORICAL:
    sub[col] = pd.Categorical(sub[col], categories=orders[col].cat.categories)
pd.DataFrame({"order_id": sub["order_id"], "prediction": model.predict(sub[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
