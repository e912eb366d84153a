#!/usr/bin/env python
# readmission_xgb.py
# Physicist by training, now in health analytics. Approach: everything numeric about the
# stay and the surrounding care utilisation goes into XGBoost; evaluate out-of-time on new patients.

import argparse
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss


TARGET = "readmitted_30d"
ID_COLS = ["stay_id", "patient_id"]
DATE_COLS = ["admit_date", "discharge_date"]
# both are only known after discharge (follow-ups in the 30-day window, days until the next stay)
EXCLUDE = ["days_to_readmission", "followup_visits_30d"]
CATEGORICAL = ["sex", "insurance", "admission_type", "admission_source",
               "discharge_to", "primary_dx_group"]


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="train.csv")
    ap.add_argument("--cutoff", default="2021-07-01")
    ap.add_argument("--rounds", type=int, default=600)
    ap.add_argument("--out", default="metrics.json")
    ap.add_argument("--submit", default="test.csv")
    return ap.parse_args()


def prepare(df):
    df = df.copy()
    for c in CATEGORICAL:
        df[c] = df[c].astype("category")
    df["stay_month"] = df["admit_date"].dt.month
    df["los_days"] = (df["discharge_date"] - df["admit_date"]).dt.days
    df["dx_per_day"] = df["n_diagnoses"] / df["los_days"].clip(lower=1)
    df["labs_per_day"] = df["n_lab_tests"] / df["los_days"].clip(lower=1)
    return df


def feature_list(df):
    skip = set([TARGET] + ID_COLS + DATE_COLS + EXCLUDE)
    return [c for c in df.columns if c not in skip]


def out_of_time_split(df, cutoff):
    cutoff = pd.Timestamp(cutoff)
    before = df["discharge_date"] < cutoff
    known_patients = df.loc[before, "patient_id"].unique()
    after_new = (~before) & (~df["patient_id"].isin(known_patients))
    return df[before], df[after_new]


def evaluate(y, p):
    return {"roc_auc": float(roc_auc_score(y, p)),
            "average_precision": float(average_precision_score(y, p)),
            "brier": float(brier_score_loss(y, p))}


def main():
    args = parse_args()
    raw = pd.read_csv(args.data, parse_dates=DATE_COLS)
    df = prepare(raw)
    feats = feature_list(df)
    print(f"{len(feats)} features:", feats)

    train, test = out_of_time_split(df, args.cutoff)
    print("train", train.shape, "test", test.shape)

    dtrain = xgb.DMatrix(train[feats], label=train[TARGET], enable_categorical=True)
    dtest = xgb.DMatrix(test[feats], label=test[TARGET], enable_categorical=True)

    params = {
        "objective": "binary:logistic",
        "eval_metric": "auc",
        "eta": 0.05,
        "max_depth": 5,
        "min_child_weight": 10,
        "subsample": 0.8,
        "colsample_bytree": 0.7,
        "lambda": 2.0,
        "tree_method": "hist",
        "seed": 11,
    }
    booster = xgb.train(params, dtrain, num_boost_round=args.rounds,
                        evals=[(dtrain, "train")], verbose_eval=100)

    metrics = {}
    # naive reference: everybody gets the training readmission rate
    base_rate = train[TARGET].mean()
    metrics["baseline_train_rate"] = evaluate(test[TARGET], np.full(len(test), base_rate))
    metrics["xgboost"] = evaluate(test[TARGET], booster.predict(dtest))

    for name, m in metrics.items():
        print(f"{name:>22}: " + "  ".join(f"{k}={v:.4f}" for k, v in m.items()))

    gain = booster.get_score(importance_type="gain")
    top = sorted(gain.items(), key=lambda kv: -kv[1])[:12]
    print("\ntop features by gain")
    for f, g in top:
        print(f"  {f:<28} {g:10.1f}")

    with open(args.out, "w") as fh:
        json.dump(metrics, fh, indent=2)

    # hand-in: same settings, refit on every labelled stay, score the bundle's test.csv
    dall = xgb.DMatrix(df[feats], label=df[TARGET], enable_categorical=True)
    final = xgb.train(params, dall, num_boost_round=args.rounds)
    sub_raw = pd.read_csv(args.submit, parse_dates=DATE_COLS)
    sub_df = prepare(sub_raw)
    for c in CATEGORICAL:
        sub_df[c] = pd.Categorical(sub_df[c], categories=df[c].cat.categories)
    preds = final.predict(xgb.DMatrix(sub_df[feats], enable_categorical=True))
    pd.DataFrame({"stay_id": sub_raw["stay_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", len(preds))


if __name__ == "__main__":
    main()
