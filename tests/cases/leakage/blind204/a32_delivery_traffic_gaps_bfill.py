"""Delivery delay model.

traffic_index comes from a city feed that drops out for hours at a time
(~12% missing), and weather has gaps too. Both are city-wide readings, so a
missing value is filled from the neighbouring reading in time.
"""
import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

CATS = ["pickup_zone", "dropoff_zone", "vehicle_type", "weather"]

df = pd.read_csv("train.csv", parse_dates=["order_date"])
df = df.sort_values("order_date").reset_index(drop=True)
print(df.shape)
print(df[["traffic_index", "weather"]].isna().mean())

# --- fill feed gaps ---------------------------------------------------------------
df["traffic_missing"] = df["traffic_index"].isna().astype(int)
df["traffic_index"] = df["traffic_index"].bfill()
df["weather"] = df["weather"].bfill()
print("still missing:", df[["traffic_index", "weather"]].isna().sum().to_dict())

# --- features ------------------------------------------------------------------------
df["hour"] = df["order_date"].dt.hour
df["weekday"] = df["order_date"].dt.weekday
df["late_night"] = df["hour"].between(0, 5).astype(int)
df["prep_ratio"] = df["restaurant_prep_minutes"] / df["promised_minutes"].clip(lower=1)
df["dist_x_traffic"] = df["distance_km"] * df["traffic_index"]
for c in CATS:
    df[c] = df[c].astype("category")

FEATURES = CATS + [
    "distance_km", "n_items", "order_value", "traffic_index", "traffic_missing",
    "promised_minutes", "restaurant_prep_minutes", "courier_tenure_days",
    "hour", "weekday", "late_night", "prep_ratio", "dist_x_traffic",
]

# --- split: later period, couriers never seen in training ------------------------------
split_at = df["order_date"].quantile(0.8)
train = df[df["order_date"] < split_at]
test = df[df["order_date"] >= split_at]
test = test[~test["courier_id"].isin(train["courier_id"])]
print(f"train {len(train)}  test {len(test)}  ({test['courier_id'].nunique()} new couriers)")

X_train, y_train = train[FEATURES], train["minutes_late"]
X_test, y_test = test[FEATURES], test["minutes_late"]

# --- models --------------------------------------------------------------------------
baseline = DummyRegressor(strategy="median").fit(X_train, y_train)
model = TransformedTargetRegressor(
    regressor=HistGradientBoostingRegressor(
        categorical_features="from_dtype",
        learning_rate=0.05,
        max_iter=500,
        min_samples_leaf=40,
        random_state=8,
    ),
    func=np.arcsinh,
    inverse_func=np.sinh,
).fit(X_train, y_train)

for label, est in [("baseline", baseline), ("hgb", model)]:
    pred = est.predict(X_test)
    print(f"{label:9s} MAE {mean_absolute_error(y_test, pred):.2f}  R2 {r2_score(y_test, pred):.3f}")

pred = model.predict(X_test)
err = pd.DataFrame({"hour": test["hour"], "abs_err": np.abs(y_test - pred)})
print(err.groupby("hour")["abs_err"].mean().round(1).to_string())

# --- submission -----------------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["order_date"])
sub = sub.sort_values("order_date")
sub["traffic_missing"] = sub["traffic_index"].isna().astype(int)
sub["traffic_index"] = sub["traffic_index"].bfill()
sub["weather"] = sub["weather"].bfill()
sub["hour"] = sub["order_date"].dt.hour
sub["weekday"] = sub["order_date"].dt.weekday
sub["late_night"] = sub["hour"].between(0, 5).astype(int)
sub["prep_ratio"] = sub["restaurant_prep_minutes"] / sub["promised_minutes"].clip(lower=1)
sub["dist_x_traffic"] = sub["distance_km"] * sub["traffic_index"]
for c in CATS:
    sub[c] = pd.Categorical(sub[c], categories=df[c].cat.categories)
pd.DataFrame({"order_id": sub["order_id"], "prediction": model.predict(sub[FEATURES])}).to_csv(
    "predictions.csv", index=False
)
