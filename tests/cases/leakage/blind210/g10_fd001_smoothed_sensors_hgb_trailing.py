#!/usr/bin/env python
"""CMAPSS FD001 - RUL with denoised sensor trends and HistGradientBoosting.

Sensor channels are noisy cycle to cycle; a moving average per engine brings
out the degradation trend.  Usage: python rul_hgb.py --data data/CMAPSS
"""
import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error

COLS = ["unit", "cycle", "op_1", "op_2", "op_3"] + [f"sensor_{i:02d}" for i in range(1, 22)]
KEEP = ["sensor_02", "sensor_03", "sensor_04", "sensor_07", "sensor_08", "sensor_09",
        "sensor_11", "sensor_12", "sensor_13", "sensor_14", "sensor_15", "sensor_17",
        "sensor_20", "sensor_21"]


def read_cmapss(path):
    df = pd.read_csv(path, sep=r"\s+", header=None, names=COLS)
    return df.sort_values(["unit", "cycle"]).reset_index(drop=True)


def smooth(df, cols, span):
    out = df.copy()
    by_unit = out.groupby("unit", sort=False)
    for c in cols:
        out[c + "_ma"] = by_unit[c].transform(
            lambda s: s.rolling(span, min_periods=1).mean()
        )
        out[c + "_trend"] = by_unit[c + "_ma"].diff().fillna(0.0)
    return out


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/CMAPSS")
    ap.add_argument("--fd", default="FD001")
    ap.add_argument("--span", type=int, default=11)
    ap.add_argument("--cap", type=int, default=125)
    args = ap.parse_args()

    root = Path(args.data)
    train = read_cmapss(root / f"train_{args.fd}.txt")
    test = read_cmapss(root / f"test_{args.fd}.txt")
    truth = pd.read_csv(root / f"RUL_{args.fd}.txt", header=None).iloc[:, 0].to_numpy()

    print(f"{args.fd}: {train.unit.nunique()} train engines, {test.unit.nunique()} test engines")
    print(train.groupby("unit").cycle.max().describe().round(1).to_string())

    train["rul"] = (train.groupby("unit").cycle.transform("max") - train.cycle).clip(upper=args.cap)

    train = smooth(train, KEEP, args.span)
    test = smooth(test, KEEP, args.span)
    feats = KEEP + [c + "_ma" for c in KEEP] + [c + "_trend" for c in KEEP] + ["cycle"]

    model = HistGradientBoostingRegressor(
        max_iter=500, learning_rate=0.05, max_leaf_nodes=31, l2_regularization=1.0, random_state=1
    )
    model.fit(train[feats], train["rul"])

    # simplest reference: RUL as a straight line in the cycle count
    ref = LinearRegression().fit(train[["cycle"]], train["rul"])

    last = test.groupby("unit", sort=True).tail(1)
    y = np.minimum(truth, args.cap)

    rows = []
    for name, p in [
        ("baseline: linear in cycle", ref.predict(last[["cycle"]])),
        ("baseline: mean RUL", np.full(len(y), train["rul"].mean())),
        ("hist gradient boosting", model.predict(last[feats])),
    ]:
        p = np.clip(p, 0, None)
        rows.append({"model": name, "rmse": rmse(y, p), "mae": mean_absolute_error(y, p)})
    print(pd.DataFrame(rows).round(2).to_string(index=False))

    pred = np.clip(model.predict(last[feats]), 0, None)
    res = pd.DataFrame({"unit": last.unit.values, "true": y, "pred": pred.round(1)})
    res["err"] = res.pred - res.true
    print("worst engines:")
    print(res.reindex(res.err.abs().sort_values(ascending=False).index).head(10).to_string(index=False))
    res.to_csv(f"hgb_{args.fd}_test_predictions.csv", index=False)


if __name__ == "__main__":
    main()
