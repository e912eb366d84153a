#!/usr/bin/env python
"""XGBoost fraud model with early stopping (creditcard.csv, target Class)."""
import argparse

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default="creditcard.csv")
    p.add_argument("--seed", type=int, default=2024)
    p.add_argument("--rounds", type=int, default=2000)
    return p.parse_args()


def main():
    args = parse_args()
    df = pd.read_csv(args.data)
    y = df.pop("Class")
    df["Amount"] = np.log1p(df["Amount"])
    df = df.drop(columns=["Time"])

    X_train, X_test, y_train, y_test = train_test_split(
        df, y, test_size=0.2, stratify=y, random_state=args.seed
    )
    # carve an early-stopping set out of the training data; the test set is untouched
    X_tr, X_val, y_tr, y_val = train_test_split(
        X_train, y_train, test_size=0.2, stratify=y_train, random_state=args.seed
    )
    spw = (y_tr == 0).sum() / (y_tr == 1).sum()

    model = xgb.XGBClassifier(
        n_estimators=args.rounds,
        learning_rate=0.03,
        max_depth=5,
        subsample=0.8,
        colsample_bytree=0.7,
        scale_pos_weight=spw,
        eval_metric="aucpr",
        early_stopping_rounds=100,
        random_state=args.seed,
        n_jobs=-1,
    )
    model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=200)
    print("best iteration:", model.best_iteration)

    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    p_base = base.predict_proba(X_test)[:, 1]
    p = model.predict_proba(X_test)[:, 1]
    print(f"baseline  AP={average_precision_score(y_test, p_base):.4f}")
    print(f"xgboost   AP={average_precision_score(y_test, p):.4f}  AUC={roc_auc_score(y_test, p):.4f}")

    imp = pd.Series(model.feature_importances_, index=X_train.columns)
    print(imp.sort_values(ascending=False).head(10))


if __name__ == "__main__":
    main()
