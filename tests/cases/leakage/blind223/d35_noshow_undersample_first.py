#!/usr/bin/env python3
"""
No-show take-home: balanced LightGBM.

1. undersample the show-ups so the classes are closer to balanced
2. out-of-time evaluation on the final quarter, first-time patients only
3. compare against a prior-rate baseline
"""
import argparse

import numpy as np
import pandas as pd
import lightgbm as lgb
from imblearn.under_sampling import RandomUnderSampler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, recall_score

FEATS = ["age", "lead_days", "dow", "hour", "sms_received", "scholarship", "hypertension",
         "diabetes", "female", "clinic", "specialty", "visit_type", "neighbourhood"]
CATS = ["clinic", "specialty", "visit_type", "neighbourhood"]


def featurize(d):
    d = d.copy()
    d["lead_days"] = (d["appointment_date"] - d["scheduled_date"]).dt.days.clip(lower=0)
    d["dow"] = d["appointment_date"].dt.dayofweek
    d["hour"] = d["appointment_date"].dt.hour
    d["female"] = (d["gender"] == "F").astype(int)
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


def main(args):
    df = pd.read_csv(args.train, parse_dates=["appointment_date", "scheduled_date"])
    df = featurize(df)
    print("raw class balance:\n", df["no_show"].value_counts())

    rus = RandomUnderSampler(sampling_strategy=args.ratio, random_state=args.seed)
    df_bal, _ = rus.fit_resample(df, df["no_show"])
    print("after undersampling:\n", df_bal["no_show"].value_counts())

    cut = df_bal["appointment_date"].max() - pd.DateOffset(months=3)
    tr = df_bal[df_bal["appointment_date"] <= cut]
    te = df_bal[(df_bal["appointment_date"] > cut) & ~df_bal["patient_id"].isin(tr["patient_id"])]
    print(f"train {len(tr)}  eval {len(te)}  (cut {cut.date()})")

    base = DummyClassifier(strategy="prior").fit(tr[FEATS], tr["no_show"])
    pb = base.predict_proba(te[FEATS])[:, 1]

    clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.04, num_leaves=31,
                             min_child_samples=40, subsample=0.8, subsample_freq=1,
                             colsample_bytree=0.8, random_state=args.seed, verbose=-1)
    clf.fit(tr[FEATS], tr["no_show"], categorical_feature=CATS)
    p = clf.predict_proba(te[FEATS])[:, 1]

    for name, probs in (("baseline", pb), ("lightgbm", p)):
        hard = (probs >= 0.5).astype(int)
        print(f"{name:9s} auc {roc_auc_score(te['no_show'], probs):.4f}  "
              f"ap {average_precision_score(te['no_show'], probs):.4f}  "
              f"f1 {f1_score(te['no_show'], hard, zero_division=0):.4f}  "
              f"recall {recall_score(te['no_show'], hard, zero_division=0):.4f}")

    if args.predict:
        test = featurize(pd.read_csv(args.predict, parse_dates=["appointment_date", "scheduled_date"]))
        test["prediction"] = clf.predict_proba(test[FEATS])[:, 1]
        test[["appointment_id", "prediction"]].to_csv("predictions.csv", index=False)
        print("wrote predictions.csv")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", default="train.csv")
    ap.add_argument("--predict", default="test.csv")
    ap.add_argument("--ratio", type=float, default=0.6)
    ap.add_argument("--seed", type=int, default=123)
    main(ap.parse_args())
