"""QuickBite: predict delivery_minutes.

Everything goes through one sklearn Pipeline so the preprocessing is refitted on each training set.
"""
import argparse
import json
import logging
from pathlib import Path

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

logger = logging.getLogger("quickbite")

SETTINGS = {
    "task_file": "task.json",
    "exclude": ["order_id", "restaurant_id"],
    "holdout_fraction": 0.25,
    "random_state": 3,
}


def load_task(path):
    with open(path) as fh:
        task = json.load(fh)
    return task["target"], task["id_column"]


def split_columns(df, target, exclude):
    feats = [c for c in df.columns if c not in exclude + [target]]
    cats = [c for c in feats if df[c].dtype == object]
    nums = [c for c in feats if c not in cats]
    logger.info("%d numeric, %d categorical features", len(nums), len(cats))
    return feats, nums, cats


def make_pipeline(nums, cats, estimator):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), nums),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), cats),
    ])
    return Pipeline([("pre", pre), ("model", estimator)])


def holdout_report(pipes, X_tr, X_te, y_tr, y_te):
    out = {}
    for name, pipe in pipes.items():
        pipe.fit(X_tr, y_tr)
        out[name] = mean_absolute_error(y_te, pipe.predict(X_te))
        logger.info("%-8s holdout MAE = %.2f", name, out[name])
    return out


def main():
    logging.basicConfig(level=logging.INFO, format="[%(name)s] %(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=".")
    args = ap.parse_args()
    root = Path(args.data)

    target, id_col = load_task(root / SETTINGS["task_file"])
    df = pd.read_csv(root / "train.csv")
    test = pd.read_csv(root / "test.csv")

    feats, nums, cats = split_columns(df, target, SETTINGS["exclude"] + [id_col])
    X_tr, X_te, y_tr, y_te = train_test_split(
        df[feats], df[target], test_size=SETTINGS["holdout_fraction"], random_state=SETTINGS["random_state"]
    )
    pipes = {
        "dummy": make_pipeline(nums, cats, DummyRegressor(strategy="median")),
        "gbr": make_pipeline(nums, cats, GradientBoostingRegressor(n_estimators=500, max_depth=4,
                                                                   learning_rate=0.05, subsample=0.8)),
    }
    scores = holdout_report(pipes, X_tr, X_te, y_tr, y_te)
    logger.info("improvement over dummy: %.1f%%", 100 * (1 - scores["gbr"] / scores["dummy"]))

    final = pipes["gbr"].fit(df[feats], df[target])
    pd.DataFrame({id_col: test[id_col], "prediction": final.predict(test[feats])}).to_csv(
        root / "predictions.csv", index=False)


if __name__ == "__main__":
    main()
