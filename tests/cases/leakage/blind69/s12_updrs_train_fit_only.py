#!/usr/bin/env python
"""Fit a gradient boosting model for motor_updrs and write predictions.

Usage: python solution.py   (expects train.csv / test.csv in the cwd)
"""
import sys

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score


FEATURES = [
    "age", "sex",
    "jitter_pct", "jitter_abs", "jitter_rap", "jitter_ppq5", "jitter_ddp",
    "shimmer", "shimmer_db", "shimmer_apq3", "shimmer_apq5", "shimmer_apq11", "shimmer_dda",
    "nhr", "hnr", "rpde", "dfa", "ppe",
]


def load(path):
    frame = pd.read_csv(path)
    missing = [c for c in FEATURES if c not in frame.columns]
    if missing:
        sys.exit(f"{path}: missing columns {missing}")
    return frame


def main():
    train = load("train.csv")
    test = load("test.csv")

    model = GradientBoostingRegressor(
        n_estimators=600, learning_rate=0.03, max_depth=4, subsample=0.8, random_state=42
    )
    model.fit(train[FEATURES], train["motor_updrs"])

    fitted = model.predict(train[FEATURES])
    print("Model performance")
    print("  MAE : %.3f" % mean_absolute_error(train["motor_updrs"], fitted))
    print("  R^2 : %.3f" % r2_score(train["motor_updrs"], fitted))

    ranked = sorted(zip(model.feature_importances_, FEATURES), reverse=True)
    for imp, name in ranked[:8]:
        print(f"  {name:14s} {imp:.3f}")

    preds = np.clip(model.predict(test[FEATURES]), 0, None)
    pd.DataFrame({"recording_id": test["recording_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False
    )
    print("saved", len(preds), "predictions")


if __name__ == "__main__":
    main()
