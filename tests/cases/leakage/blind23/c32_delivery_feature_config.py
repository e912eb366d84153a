import json
from datetime import datetime

import numpy as np
import pandas as pd
import yaml
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

EXPERIMENT_YAML = """
experiment: delay_numeric_all
data: data/deliveries.csv
target: delay_min
time_column: order_ts
entity: courier_id
exclude:
  - order_id
  - courier_id
  - restaurant_id
  - courier_rating_after
split:
  test_from: 2024-03-15
  test_courier_share: 0.3
  seed: 5
model:
  loss: absolute_error
  max_iter: 700
  learning_rate: 0.04
  max_leaf_nodes: 48
"""
cfg = yaml.safe_load(EXPERIMENT_YAML)
tracking = {"experiment": cfg["experiment"], "start": datetime.now().isoformat(), "params": {}, "metrics": {}}


def numeric_features(frame, cfg):
    excluded = set(cfg["exclude"]) | {cfg["target"], cfg["time_column"]}
    cols = [c for c in frame.select_dtypes("number").columns if c not in excluded]
    return sorted(cols)


def entity_time_split(frame, cfg):
    rng = np.random.default_rng(cfg["split"]["seed"])
    ents = frame[cfg["entity"]].unique()
    test_ents = rng.choice(ents, int(len(ents) * cfg["split"]["test_courier_share"]), replace=False)
    is_test_ent = frame[cfg["entity"]].isin(test_ents)
    t = pd.Timestamp(cfg["split"]["test_from"])
    ts = frame[cfg["time_column"]]
    return frame[~is_test_ent & (ts < t)], frame[is_test_ent & (ts >= t)]


df = pd.read_csv(cfg["data"], parse_dates=[cfg["time_column"]])
df["hour"] = df[cfg["time_column"]].dt.hour
df["dow"] = df[cfg["time_column"]].dt.dayofweek
df["items_per_km"] = df["n_items"] / df["distance_km"].clip(lower=0.2)
df = pd.get_dummies(df, columns=["weather", "zone"], dtype=float)

features = numeric_features(df, cfg)
tracking["params"].update(cfg["model"])
tracking["params"]["n_features"] = len(features)
tracking["params"]["features"] = features

train, test = entity_time_split(df, cfg)
X_tr, y_tr = train[features], train[cfg["target"]]
X_te, y_te = test[features], test[cfg["target"]]

model = HistGradientBoostingRegressor(random_state=0, **cfg["model"]).fit(X_tr, y_tr)
baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)

for name, est in [("model", model), ("baseline", baseline)]:
    pred = est.predict(X_te)
    tracking["metrics"][f"{name}_mae"] = float(mean_absolute_error(y_te, pred))
    tracking["metrics"][f"{name}_rmse"] = float(mean_squared_error(y_te, pred) ** 0.5)
    tracking["metrics"][f"{name}_p90_abs_err"] = float(np.percentile(np.abs(y_te - pred), 90))

print(json.dumps(tracking["metrics"], indent=2))
with open(f"runs/{cfg['experiment']}.json", "w") as fh:
    json.dump(tracking, fh, indent=2, default=str)
