#!/usr/bin/env python3
"""Failure-within-7-days classifier (take-home).

The sensors are heavy-tailed, so I use RobustScaler (median / IQR) before an SVM-ish
linear model. Outlier handling: readings with |robust z| > 10 are set to the cap.
Hold-out = readings after the cutoff from machines with no readings before it.
"""
import argparse

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.calibration import CalibratedClassifierCV
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.preprocessing import RobustScaler

SENSORS = ["vibration", "temperature", "pressure", "rpm", "voltage", "error_count_24h", "age_days", "last_service_days"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--test", default="test.csv")
    ap.add_argument("--holdout-months", type=int, default=3)
    return ap.parse_args()


def main():
    args = parse_args()
    df = pd.read_csv(args.train, parse_dates=["reading_date"])
    df = df.drop_duplicates(subset=["machine_id", "reading_date"], keep="last").reset_index(drop=True)
    df[SENSORS] = df[SENSORS].fillna(-1)

    scaler = RobustScaler(quantile_range=(10, 90))
    scaled = pd.DataFrame(scaler.fit_transform(df[SENSORS]), columns=SENSORS, index=df.index).clip(-10, 10)
    X = pd.concat([scaled, pd.get_dummies(df["model_type"], prefix="mt", dtype=float)], axis=1)
    y = df["failure_7d"]

    cutoff = df["reading_date"].max() - pd.DateOffset(months=args.holdout_months)
    is_train = df["reading_date"] <= cutoff
    seen = set(df.loc[is_train, "machine_id"])
    is_hold = (~is_train) & (~df["machine_id"].isin(seen))
    print(f"train rows {is_train.sum()}, hold-out rows {is_hold.sum()} ({df.loc[is_hold, 'machine_id'].nunique()} machines)")

    sgd = SGDClassifier(loss="hinge", alpha=1e-4, class_weight="balanced", max_iter=2000, random_state=0)
    model = CalibratedClassifierCV(sgd, method="sigmoid", cv=3)
    model.fit(X[is_train], y[is_train])
    base = DummyClassifier(strategy="prior").fit(X[is_train], y[is_train])

    for name, m in (("baseline", base), ("sgd-svm", model)):
        p = m.predict_proba(X[is_hold])[:, 1]
        print(f"{name:9s} AUC {roc_auc_score(y[is_hold], p):.4f}  AP {average_precision_score(y[is_hold], p):.4f}")

    model.fit(X, y)
    test = pd.read_csv(args.test, parse_dates=["reading_date"])
    test[SENSORS] = test[SENSORS].fillna(-1)
    T = pd.DataFrame(scaler.transform(test[SENSORS]), columns=SENSORS, index=test.index).clip(-10, 10)
    T = pd.concat([T, pd.get_dummies(test["model_type"], prefix="mt", dtype=float)], axis=1).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({"reading_id": test["reading_id"], "prediction": model.predict_proba(T)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
