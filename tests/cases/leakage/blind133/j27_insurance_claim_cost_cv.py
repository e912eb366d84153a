"""SafeDrive claim cost - gradient boosting, evaluated by 5-fold CV before the final fit."""
import argparse
import json
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

CFG = dict(
    target="claim_cost", id="claim_id", leaky=["settled_amount"],
    cats=["region", "vehicle_type", "incident_type", "police_report"],
    nums=["policy_age_years", "vehicle_age", "driver_age", "num_parties", "estimated_damage", "repair_shop_quote"],
    gbr=dict(n_estimators=800, max_depth=4, learning_rate=0.03, subsample=0.8, random_state=0, loss="huber"),
)
log = logging.getLogger("claims")


def make_model(regressor):
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), CFG["nums"]),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CFG["cats"]),
    ])
    return Pipeline([("pre", pre), ("reg", TransformedTargetRegressor(regressor=regressor, func=np.log1p,
                                                                       inverse_func=np.expm1))])


class Evaluator:
    def __init__(self, folds=5, seed=0):
        self.cv = KFold(folds, shuffle=True, random_state=seed)

    def run(self, name, model, X, y):
        res = cross_validate(model, X, y, cv=self.cv, scoring=["neg_mean_absolute_error", "r2"], n_jobs=-1)
        summary = {"mae": -res["test_neg_mean_absolute_error"].mean(), "r2": res["test_r2"].mean()}
        log.info("%-9s CV MAE %.1f | CV R2 %.4f", name, summary["mae"], summary["r2"])
        return summary


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    train = pd.read_csv("train.csv").drop(columns=CFG["leaky"])
    test = pd.read_csv("test.csv")
    X, y = train[CFG["nums"] + CFG["cats"]], train[CFG["target"]]

    ev = Evaluator(folds=args.folds)
    base = ev.run("baseline", make_model(DummyRegressor(strategy="mean")), X, y)
    gbr = ev.run("gbr", make_model(GradientBoostingRegressor(**CFG["gbr"])), X, y)
    json.dump({"neg_mean_absolute_error": -gbr["mae"], "baseline_mae": base["mae"]}, open("metrics.json", "w"))

    final = make_model(GradientBoostingRegressor(**CFG["gbr"])).fit(X, y)
    pd.DataFrame({CFG["id"]: test[CFG["id"]], "prediction": final.predict(test[X.columns])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
