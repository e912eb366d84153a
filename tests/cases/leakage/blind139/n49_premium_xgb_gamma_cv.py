#!/usr/bin/env python3
"""Annual premium - XGBoost with a gamma objective, 5-fold CV.

Usage: python n49_premium_xgb_gamma_cv.py [--folds 5]
"""
import argparse
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error, r2_score
from sklearn.model_selection import KFold

CATEGORICAL = ["sex", "smoker", "region", "occupation_class", "coverage_level"]


def load(task):
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    drop = [task["id_column"], task["target"]] + task.get("leaky_columns", [])
    feats = [c for c in train.columns if c not in drop]
    for c in CATEGORICAL:
        train[c] = train[c].astype("category")
        test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
    return train, test, feats


def make_model(n_estimators=900):
    return xgb.XGBRegressor(
        objective="reg:gamma", n_estimators=n_estimators, learning_rate=0.03,
        max_depth=4, min_child_weight=5, subsample=0.8, colsample_bytree=0.8,
        reg_lambda=2.0, tree_method="hist", enable_categorical=True,
    )


def main(folds):
    task = json.load(open("task.json"))
    target, id_col = task["target"], task["id_column"]
    train, test, feats = load(task)
    X, y = train[feats], train[target].to_numpy()

    oof = np.zeros(len(y))
    for k, (tr, va) in enumerate(KFold(folds, shuffle=True, random_state=0).split(X)):
        m = make_model()
        m.fit(X.iloc[tr], y[tr], verbose=False)
        oof[va] = m.predict(X.iloc[va])
        print(f"fold {k}: MAE {mean_absolute_error(y[va], oof[va]):.1f}")

    metrics = {
        "mae": mean_absolute_error(y, oof),
        "rmse": float(np.sqrt(mean_squared_error(y, oof))),
        "mape": mean_absolute_percentage_error(y, oof),
        "r2": r2_score(y, oof),
    }
    print(json.dumps({k: round(v, 4) for k, v in metrics.items()}, indent=2))

    final = make_model().fit(X, y, verbose=False)
    pd.DataFrame({id_col: test[id_col], "prediction": final.predict(test[feats])}).to_csv("predictions.csv", index=False)
    json.dump({"neg_mean_absolute_error": -metrics["mae"]}, open("metrics.json", "w"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    main(ap.parse_args().folds)
