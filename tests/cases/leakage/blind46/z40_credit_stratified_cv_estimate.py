"""Credit default -- gradient boosting, fitted on all of train.csv.

Time-box was tight, so no tuning: fixed parameters, 5-fold stratified CV for the estimate, then a
single model on every labelled row for the submission.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss, accuracy_score
from sklearn.model_selection import StratifiedKFold

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

    y = train[TARGET].values
    oof, oof0 = np.zeros(len(train)), np.zeros(len(train))
    skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for tr_i, va_i in skf.split(train, y):
        bst = xgb.train(PARAMS, xgb.DMatrix(train[feats].iloc[tr_i], label=y[tr_i]), num_boost_round=N_ROUNDS)
        oof[va_i] = bst.predict(xgb.DMatrix(train[feats].iloc[va_i]))
        prior = DummyClassifier(strategy="prior").fit(train[feats].iloc[tr_i], y[tr_i])
        oof0[va_i] = prior.predict_proba(train[feats].iloc[va_i])[:, 1]

    print(f"prior baseline (OOF) : logloss {log_loss(y, oof0):.4f}  AUC {roc_auc_score(y, oof0):.4f}")
    print(f"xgboost (OOF)        : logloss {log_loss(y, oof):.4f}  AUC {roc_auc_score(y, oof):.4f}  "
          f"acc {accuracy_score(y, (oof > 0.5).astype(int)):.4f}")

    dtrain = xgb.DMatrix(train[feats], label=y)
    booster = xgb.train(PARAMS, dtrain, num_boost_round=N_ROUNDS, evals=[(dtrain, "train")], verbose_eval=100)

    imp = pd.Series(booster.get_score(importance_type="gain")).sort_values(ascending=False)
    print(imp.head(12))

    pred = booster.predict(xgb.DMatrix(test[feats]))
    pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
    print("saved", len(pred), "predictions")


if __name__ == "__main__":
    main()
