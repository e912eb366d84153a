"""Credit default -- gradient boosting, fitted on all of train.csv.

Time-box was tight, so this goes straight to a single model on every labelled row. Metrics below are
what I checked before writing the submission.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss, accuracy_score

PARAMS = {"objective": "binary:logistic", "eta": 0.05, "max_depth": 4, "subsample": 0.8,
          "colsample_bytree": 0.8, "min_child_weight": 10, "lambda": 3.0, "seed": 0,
          "tree_method": "hist", "eval_metric": "logloss"}
N_ROUNDS = 400
TARGET, ID = "default_next_month", "client_id"
STATUS = ["pay_0", "pay_2", "pay_3", "pay_4", "pay_5", "pay_6"]
BILLS = [f"bill_amt{i}" for i in range(1, 7)]
PAYS = [f"pay_amt{i}" for i in range(1, 7)]


def load():
    tr = pd.read_csv("train.csv")
    te = pd.read_csv("test.csv")
    return tr, te


def add_features(df):
    out = df.copy()
    out["util1"] = out["bill_amt1"] / out["limit_bal"].clip(lower=1)
    out["util_avg"] = out[BILLS].mean(axis=1) / out["limit_bal"].clip(lower=1)
    out["paid_share"] = out[PAYS].sum(axis=1) / out[BILLS].clip(lower=0).sum(axis=1).clip(lower=1)
    out["late_count"] = (out[STATUS] > 0).sum(axis=1)
    out["max_status"] = out[STATUS].max(axis=1)
    out["never_used"] = (out[BILLS].abs().sum(axis=1) == 0).astype(int)
    out["age_sq"] = out["age"] ** 2
    return out


def main():
    train, test = load()
    print(train.shape, test.shape)
    print(train[TARGET].value_counts(normalize=True).round(3))
    print(train.groupby("pay_0")[TARGET].agg(["mean", "size"]))

    train, test = add_features(train), add_features(test)
    feats = [c for c in train.columns if c not in (ID, TARGET, "collections_flag")]

    dtrain = xgb.DMatrix(train[feats], label=train[TARGET])
    booster = xgb.train(PARAMS, dtrain, num_boost_round=N_ROUNDS, evals=[(dtrain, "train")], verbose_eval=100)
    p = booster.predict(dtrain)

    prior = DummyClassifier(strategy="prior").fit(train[feats], train[TARGET])
    p0 = prior.predict_proba(train[feats])[:, 1]

    print(f"prior baseline : logloss {log_loss(train[TARGET], p0):.4f}  AUC {roc_auc_score(train[TARGET], p0):.4f}")
    print(f"xgboost        : logloss {log_loss(train[TARGET], p):.4f}  AUC {roc_auc_score(train[TARGET], p):.4f}  "
          f"acc {accuracy_score(train[TARGET], (p > 0.5).astype(int)):.4f}")

    imp = pd.Series(booster.get_score(importance_type="gain")).sort_values(ascending=False)
    print(imp.head(12))

    pred = booster.predict(xgb.DMatrix(test[feats]))
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved", len(pred), "predictions")


if __name__ == "__main__":
    main()
