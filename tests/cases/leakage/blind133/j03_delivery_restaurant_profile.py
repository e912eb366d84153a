"""QuickBite delivery ETA model.

Restaurants differ a lot in how long their orders take end-to-end, so I add a restaurant profile
(historical average delivery time and its volume) next to the order-level features.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import KFold, cross_val_score

CONFIG = {
    "target": "delivery_minutes",
    "id_col": "order_id",
    "leaky": ["customer_rating"],
    "cat_cols": ["weather", "courier_vehicle", "city_zone"],
    "n_splits": 5,
    "seed": 11,
    "rf": {"n_estimators": 300, "min_samples_leaf": 5, "n_jobs": -1},
}

logger = logging.getLogger(__name__)


def read_inputs(path_train, path_test):
    tr = pd.read_csv(path_train)
    te = pd.read_csv(path_test)
    logger.info("loaded %d train rows, %d test rows", len(tr), len(te))
    return tr, te


def restaurant_profile(history: pd.DataFrame, target: str) -> pd.DataFrame:
    prof = history.groupby("restaurant_id")[target].agg(["mean", "std", "count"])
    prof.columns = ["rest_avg_minutes", "rest_std_minutes", "rest_orders"]
    prof["rest_std_minutes"] = prof["rest_std_minutes"].fillna(0.0)
    return prof


def order_features(df: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    out = df[["distance_km", "prep_time_est_min", "basket_items", "basket_value",
              "courier_active_orders", "placed_hour", "weekday"]].copy()
    out["km_per_active_order"] = df["distance_km"] / (1 + df["courier_active_orders"])
    out["rush_hour"] = df["placed_hour"].between(11, 13) | df["placed_hour"].between(18, 20)
    out = pd.concat([out, pd.get_dummies(df[cfg["cat_cols"]], dummy_na=True)], axis=1)
    return out


def assemble(df: pd.DataFrame, profile: pd.DataFrame, cfg: dict) -> pd.DataFrame:
    X = order_features(df, cfg)
    joined = df[["restaurant_id"]].join(profile, on="restaurant_id")
    global_mean = profile["rest_avg_minutes"].mean()
    X["rest_avg_minutes"] = joined["rest_avg_minutes"].fillna(global_mean).values
    X["rest_std_minutes"] = joined["rest_std_minutes"].fillna(0.0).values
    X["rest_orders"] = joined["rest_orders"].fillna(0).values
    return X


def cross_validate(X, y, cfg):
    cv = KFold(n_splits=cfg["n_splits"], shuffle=True, random_state=cfg["seed"])
    results = {}
    for name, est in {
        "baseline_mean": DummyRegressor(),
        "random_forest": RandomForestRegressor(random_state=cfg["seed"], **cfg["rf"]),
    }.items():
        scores = -cross_val_score(est, X, y, cv=cv, scoring="neg_mean_absolute_error")
        results[name] = scores
        logger.info("%-14s MAE %.2f +/- %.2f", name, scores.mean(), scores.std())
    return results


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--out", default="predictions.csv")
    args = ap.parse_args()
    cfg = CONFIG

    train, test = read_inputs(args.train, args.test)
    train = train.drop(columns=cfg["leaky"])
    profile = restaurant_profile(train, cfg["target"])

    X = assemble(train, profile, cfg)
    y = train[cfg["target"]].values
    cross_validate(X, y, cfg)

    model = RandomForestRegressor(random_state=cfg["seed"], **cfg["rf"]).fit(X, y)
    X_test = assemble(test, profile, cfg).reindex(columns=X.columns, fill_value=0)
    submission = pd.DataFrame({cfg["id_col"]: test[cfg["id_col"]], "prediction": model.predict(X_test)})
    submission.to_csv(args.out, index=False)
    logger.info("saved %d predictions, mean %.1f min", len(submission), np.mean(submission["prediction"]))


if __name__ == "__main__":
    main()
