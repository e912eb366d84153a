"""Delivery delay regression: weekly forward-chaining evaluation with
couriers held out of training in every fold."""
import json
from collections import defaultdict

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["distance_km", "n_items", "prep_time_est_min", "traffic_index", "courier_active_orders"]
CAT = ["zone", "weather", "weekday"]
TIME_PARTS = ["hour", "is_weekend", "is_peak"]

REGISTRY = {
    "baseline_median": lambda: DummyRegressor(strategy="median"),
    "ridge": lambda: Pipeline([
        ("pre", ColumnTransformer([("num", StandardScaler(), NUM + TIME_PARTS),
                                   ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])),
        ("m", Ridge(alpha=3.0))]),
    "hgb": lambda: Pipeline([
        ("pre", ColumnTransformer([("num", "passthrough", NUM + TIME_PARTS),
                                   ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT)])),
        ("m", HistGradientBoostingRegressor(loss="absolute_error", max_iter=500, learning_rate=0.05))]),
}


def time_parts(df):
    out = df.copy()
    out["hour"] = out["order_ts"].dt.hour
    out["weekday"] = out["order_ts"].dt.day_name()
    out["is_weekend"] = out["order_ts"].dt.dayofweek.isin([5, 6]).astype(int)
    out["is_peak"] = out["hour"].isin([12, 13, 19, 20, 21]).astype(int)
    return out


def weekly_forward_folds(df, n_weeks=6, courier_share=0.25, seed=0):
    rng = np.random.default_rng(seed)
    week = df["order_ts"].dt.to_period("W").astype(str).to_numpy()
    weeks = np.sort(np.unique(week))
    couriers = df["courier_id"].unique()
    for w in weeks[-n_weeks:]:
        held = df["courier_id"].isin(rng.choice(couriers, int(len(couriers) * courier_share), replace=False)).to_numpy()
        yield w, np.flatnonzero((week < w) & ~held), np.flatnonzero((week == w) & held)


orders = pd.read_csv("data/deliveries.csv", parse_dates=["order_ts"]).sort_values("order_ts").reset_index(drop=True)
orders = time_parts(orders)
X = orders[NUM + CAT + TIME_PARTS]
y = orders["delay_min"].to_numpy()

metrics = defaultdict(list)
for week, tr, va in weekly_forward_folds(orders):
    for name, factory in REGISTRY.items():
        model = factory().fit(X.iloc[tr], y[tr])
        pred = model.predict(X.iloc[va])
        metrics[(name, "mae")].append(mean_absolute_error(y[va], pred))
        metrics[(name, "rmse")].append(mean_squared_error(y[va], pred) ** 0.5)
    metrics[("_fold", "week")].append(week)

summary = {f"{name}/{m}": float(np.mean(v)) for (name, m), v in metrics.items() if name != "_fold"}
print(json.dumps(summary, indent=2))
per_week = pd.DataFrame({f"{n}_mae": metrics[(n, "mae")] for n in REGISTRY}, index=metrics[("_fold", "week")])
print(per_week.round(2))
