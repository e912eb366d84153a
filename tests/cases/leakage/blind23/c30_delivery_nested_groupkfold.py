"""Nested CV for the delay model. Outer: 5 courier-grouped folds (generalisation
to couriers we have not onboarded yet). Inner: grouped 3-fold grid search."""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GridSearchCV, GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

NUM = ["distance_km", "n_items", "prep_time_est_min", "traffic_index", "courier_active_orders", "hour"]
CAT = ["zone", "weather"]
PARAM_GRID = {
    "rf__max_depth": [8, 16, None],
    "rf__min_samples_leaf": [5, 20, 50],
    "rf__max_features": [0.5, 1.0],
}


def pipeline():
    pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CAT)], remainder="passthrough")
    return Pipeline([("pre", pre), ("rf", RandomForestRegressor(n_estimators=200, n_jobs=-1, random_state=0))])


def nested_grouped_cv(X, y, groups, outer_k=5, inner_k=3):
    outer = GroupKFold(n_splits=outer_k)
    results = []
    for i, (tr, te) in enumerate(outer.split(X, y, groups)):
        inner_cv = list(GroupKFold(n_splits=inner_k).split(X.iloc[tr], y[tr], groups[tr]))
        gs = GridSearchCV(pipeline(), PARAM_GRID, cv=inner_cv, scoring="neg_mean_absolute_error", n_jobs=-1)
        gs.fit(X.iloc[tr], y[tr])
        pred = gs.predict(X.iloc[te])
        base = DummyRegressor(strategy="median").fit(X.iloc[tr], y[tr]).predict(X.iloc[te])
        results.append({
            "fold": i,
            "couriers_scored": int(len(np.unique(groups[te]))),
            "params": gs.best_params_,
            "inner_mae": -gs.best_score_,
            "outer_mae": mean_absolute_error(y[te], pred),
            "outer_r2": r2_score(y[te], pred),
            "baseline_mae": mean_absolute_error(y[te], base),
        })
    return results


if __name__ == "__main__":
    df = pd.read_csv("data/deliveries.csv", parse_dates=["order_ts"])
    df["hour"] = df["order_ts"].dt.hour
    X = df[NUM + CAT]
    y = df["delay_min"].to_numpy()
    groups = df["courier_id"].to_numpy()

    res = nested_grouped_cv(X, y, groups)
    table = pd.DataFrame(res)
    print(table[["fold", "couriers_scored", "inner_mae", "outer_mae", "outer_r2", "baseline_mae"]].round(3))
    print(json.dumps({
        "outer_mae_mean": float(table.outer_mae.mean()),
        "outer_mae_sd": float(table.outer_mae.std()),
        "baseline_mae_mean": float(table.baseline_mae.mean()),
        "optimism_inner_vs_outer": float((table.outer_mae - table.inner_mae).mean()),
    }, indent=2))
