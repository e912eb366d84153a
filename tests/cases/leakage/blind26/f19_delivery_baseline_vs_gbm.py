import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.pipeline import Pipeline
from sklearn.linear_model import Ridge
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("orders.csv", parse_dates=["order_ts"])
df = df.sort_values(["courier_id", "order_ts"])

g = df.groupby("courier_id")
df["prev_orders"] = g.cumcount()
df["gap_prev_min"] = g["order_ts"].diff().dt.total_seconds().div(60).fillna(24 * 60)
df["prev_km_mean"] = g["distance_km"].transform(lambda s: s.shift().expanding().mean()).fillna(df["distance_km"])
df["hour"] = df["order_ts"].dt.hour
df["dow"] = df["order_ts"].dt.dayofweek

num = ["distance_km", "n_items", "promised_min", "courier_rating_before",
       "prev_orders", "gap_prev_min", "prev_km_mean", "hour"]
cat = ["pickup_zone", "dropoff_zone", "dow"]

X = df[num + cat]
y = df["delay_min"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

prep = ColumnTransformer([
    ("num", StandardScaler(), num),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat),
])

models = {
    "baseline_mean": DummyRegressor(strategy="mean"),
    "ridge": Pipeline([("prep", prep), ("m", Ridge(alpha=3.0))]),
    "gbr": Pipeline([("prep", prep), ("m", GradientBoostingRegressor(n_estimators=400, max_depth=4,
                                                                      learning_rate=0.05, subsample=0.8,
                                                                      random_state=0))]),
}
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"{name:14s} MAE={mean_absolute_error(y_test, pred):.2f} R2={r2_score(y_test, pred):.3f}")
