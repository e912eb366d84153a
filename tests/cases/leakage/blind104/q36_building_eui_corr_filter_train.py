"""train.py - building EUI regressor with a correlation filter learned on train.

python train.py --data train.csv --min-corr 0.1
"""
import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

TARGET = "site_eui"


def load(path):
    df = pd.read_csv(path).drop(columns=["building_id"])
    df = df[df[TARGET].between(1, 1000)].copy()
    df["log_area"] = np.log(df["floor_area"])
    df["age"] = 2023 - df["year_built"]
    df = pd.get_dummies(df, columns=["primary_use", "climate_zone"], dtype=float)
    return df.fillna(0)


def correlation_filter(train, min_corr):
    corr = train.corr()[TARGET].drop(TARGET)
    return corr[corr.abs() > min_corr].index.tolist()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--min-corr", type=float, default=0.1)
    ap.add_argument("--seed", type=int, default=99)
    ap.add_argument("--out", default="results/metrics.json")
    args = ap.parse_args()

    df = load(args.data)
    train, test = train_test_split(df, test_size=0.2, random_state=args.seed)

    features = correlation_filter(train, args.min_corr)
    print(f"{len(features)} features kept (filter computed on {len(train)} training rows)")

    X_train, y_train = train[features], train[TARGET]
    X_test, y_test = test[features], test[TARGET]

    results = {}
    models = {
        "mean_baseline": DummyRegressor(strategy="mean"),
        "random_forest": RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=args.seed),
    }
    for name, model in models.items():
        model.fit(X_train, y_train)
        pred = model.predict(X_test)
        results[name] = {"mae": mean_absolute_error(y_test, pred), "r2": r2_score(y_test, pred)}
        print(name, results[name])

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
