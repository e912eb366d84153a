#!/usr/bin/env python
"""Claim cost per policy-year: gradient boosting with a Poisson loss on the pure premium.

Run: python r07_claims_hgb_poisson_groupcv.py  (expects train.csv / test.csv next to it)
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_poisson_deviance, mean_absolute_error
from sklearn.model_selection import GroupKFold

warnings.filterwarnings("ignore", category=FutureWarning)

SEED = 3
N_FOLDS = 5
TARGET = "claim_cost"
NOT_FEATURES = ["row_id", "policy_id", TARGET, "incurred_reserve", "exposure"]


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df = df[df["exposure"] > 0]
    df["exposure"] = df["exposure"].clip(upper=1.0)
    df["density"] = np.log1p(df["density"])
    df["annual_mileage"] = df["annual_mileage"].fillna(-1)
    df["bm_over_100"] = (df["bonus_malus"] > 100).astype(int)
    df = pd.get_dummies(df, columns=["vehicle_brand", "fuel_type", "region"], dtype=np.uint8)
    return df.reset_index(drop=True)


def gini(y, p, w):
    o = np.argsort(p)
    y, w = y[o], w[o]
    lor = np.cumsum(y * w) / np.sum(y * w)
    cw = np.cumsum(w) / np.sum(w)
    return 1 - 2 * np.trapz(lor, cw)


def get_models():
    return {
        "baseline_mean": DummyRegressor(strategy="mean"),
        "hgb_poisson": HistGradientBoostingRegressor(
            loss="poisson", learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
            min_samples_leaf=300, l2_regularization=1.0, random_state=SEED),
        "hgb_poisson_shallow": HistGradientBoostingRegressor(
            loss="poisson", learning_rate=0.05, max_iter=600, max_depth=3,
            min_samples_leaf=500, random_state=SEED),
    }


def main():
    data = prepare(pd.read_csv("train.csv"))
    features = [c for c in data.columns if c not in NOT_FEATURES]
    print(f"{len(data)} rows, {data.policy_id.nunique()} policies, {len(features)} features")

    X = data[features].to_numpy(dtype=float)
    y = (data[TARGET] / data["exposure"]).to_numpy()
    w = data["exposure"].to_numpy()
    groups = data["policy_id"].to_numpy()

    cv = GroupKFold(n_splits=N_FOLDS)
    scores = {name: {"dev": [], "mae": [], "gini": []} for name in get_models()}

    for k, (tr, va) in enumerate(cv.split(X, y, groups)):
        for name, model in get_models().items():
            model.fit(X[tr], y[tr], sample_weight=w[tr])
            pred = np.clip(model.predict(X[va]), 1e-6, None)
            scores[name]["dev"].append(mean_poisson_deviance(y[va], pred, sample_weight=w[va]))
            scores[name]["mae"].append(mean_absolute_error(y[va] * w[va], pred * w[va]))
            scores[name]["gini"].append(gini(y[va], pred, w[va]))
        print(f"fold {k} done")

    summary = pd.DataFrame({n: {m: np.mean(v) for m, v in s.items()} for n, s in scores.items()}).T
    print(summary.round(4))
    best = summary["dev"].idxmin()
    print("best by CV poisson deviance:", best)

    # final fit on all training rows for the submission
    model = get_models()[best]
    model.fit(X, y, sample_weight=w)

    test = prepare(pd.read_csv("test.csv"))
    for c in features:
        if c not in test.columns:
            test[c] = 0
    pred = model.predict(test[features].to_numpy(dtype=float)) * test["exposure"].to_numpy()
    pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("predictions written:", pred.shape, "mean", pred.mean().round(2))


if __name__ == "__main__":
    main()
