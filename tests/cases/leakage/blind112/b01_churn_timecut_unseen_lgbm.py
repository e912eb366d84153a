"""Churn-next-month model for the snapshot take-home.

Validation: train on Jan-Jul snapshots, validate on Aug-Sep snapshots of customers
that never appear in the training months (test.csv holds other customers, later).
"""
import argparse
import json
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

CATEGORICALS = ["plan", "region", "contract_type"]


def load_task(bundle: Path) -> dict:
    with open(bundle / "task.json") as f:
        return json.load(f)


def build_features(df: pd.DataFrame, task: dict) -> pd.DataFrame:
    drop = [task["target"], task["id_column"], task["group_column"], task["time_column"]]
    drop += task.get("leaky_columns", [])
    X = df.drop(columns=[c for c in drop if c in df.columns]).copy()
    for col in CATEGORICALS:
        if col in X.columns:
            X[col] = X[col].astype("category")
    X["charges_per_tenure"] = X["monthly_charges"] / (X["tenure_months"] + 1)
    return X


def split_time_unseen(df: pd.DataFrame, task: dict, cutoff: str):
    tcol, gcol = task["time_column"], task["group_column"]
    months = pd.to_datetime(df[tcol])
    fit_part = df[months < cutoff]
    val_part = df[months >= cutoff]
    seen = set(fit_part[gcol])
    val_part = val_part[~val_part[gcol].isin(seen)]
    return fit_part, val_part


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", default=".")
    parser.add_argument("--cutoff", default="2024-08-01")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    bundle = Path(args.bundle)
    task = load_task(bundle)
    target = task["target"]

    train = pd.read_csv(bundle / "train.csv")
    test = pd.read_csv(bundle / "test.csv")
    print(train.shape, test.shape)
    print(train[target].value_counts(normalize=True))
    print(train.groupby(task["time_column"])[target].mean())

    fit_part, val_part = split_time_unseen(train, task, args.cutoff)
    print(f"fit rows={len(fit_part)}  val rows={len(val_part)}  "
          f"val customers={val_part[task['group_column']].nunique()}")

    X_fit, y_fit = build_features(fit_part, task), fit_part[target]
    X_val, y_val = build_features(val_part, task), val_part[target]

    dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
    base_auc = roc_auc_score(y_val, dummy.predict_proba(X_val)[:, 1])

    params = dict(n_estimators=400, learning_rate=0.03, num_leaves=31,
                  min_child_samples=50, subsample=0.8, subsample_freq=1,
                  colsample_bytree=0.8, random_state=args.seed, verbose=-1)
    model = lgb.LGBMClassifier(**params)
    model.fit(X_fit, y_fit)
    val_auc = roc_auc_score(y_val, model.predict_proba(X_val)[:, 1])
    print(f"baseline (prior) AUC: {base_auc:.4f}")
    print(f"LightGBM validation AUC: {val_auc:.4f}")

    imp = pd.Series(model.feature_importances_, index=X_fit.columns).sort_values(ascending=False)
    print(imp.head(15))

    # refit on every labelled snapshot for the submission
    final = lgb.LGBMClassifier(**params)
    final.fit(build_features(train, task), train[target])
    X_test = build_features(test, task)
    preds = pd.DataFrame({task["id_column"]: test[task["id_column"]],
                          "prediction": final.predict_proba(X_test)[:, 1]})
    preds.to_csv(bundle / "predictions.csv", index=False)

    with open(bundle / "metrics.json", "w") as f:
        json.dump({"roc_auc": round(float(val_auc), 4)}, f)
    print("wrote predictions.csv", preds.shape, "mean p =", np.round(preds.prediction.mean(), 4))


if __name__ == "__main__":
    main()
