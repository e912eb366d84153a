#!/usr/bin/env python
"""Wafer defect classification: SVM with SMOTETomek rebalancing.

usage: python z16_smotetomek_defects.py --data data/wafer_measurements.csv
"""
import argparse
import logging

import numpy as np
import pandas as pd
from imblearn.combine import SMOTETomek
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("defects")


def read_measurements(path):
    df = pd.read_csv(path)
    sensor_cols = [c for c in df.columns if c.startswith("m_")]
    # rows with a missing probe come from aborted runs
    df = df.dropna(subset=sensor_cols)
    return df, sensor_cols


def rebalance(X, y, seed):
    sampler = SMOTETomek(random_state=seed)
    return sampler.fit_resample(X, y)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/wafer_measurements.csv")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()

    df, sensor_cols = read_measurements(args.data)
    X = df[sensor_cols].to_numpy()
    y = (df["result"] == "fail").astype(int).to_numpy()
    log.info("rows=%d probes=%d fail rate=%.3f", len(y), len(sensor_cols), y.mean())

    X_res, y_res = rebalance(X, y, args.seed)
    log.info("resampled rows=%d fail rate=%.3f", len(y_res), y_res.mean())

    model = make_pipeline(StandardScaler(), SVC(C=3.0, gamma="scale", class_weight=None))
    cv = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=args.seed)

    for metric in ("f1", "recall", "precision", "roc_auc"):
        scores = cross_val_score(model, X_res, y_res, cv=cv, scoring=metric, n_jobs=-1)
        log.info("%-9s %.4f +/- %.4f", metric, np.mean(scores), np.std(scores))


if __name__ == "__main__":
    main()
