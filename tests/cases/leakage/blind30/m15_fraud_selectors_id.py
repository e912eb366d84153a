#!/usr/bin/env python
"""Fraud classifier. Usage: python train.py  (reads train.csv / test.csv from cwd)"""
import json
import sys

import polars as pl
import polars.selectors as cs
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

PARAMS = dict(
    n_estimators=700,
    max_depth=5,
    learning_rate=0.03,
    subsample=0.9,
    colsample_bytree=0.7,
    min_child_weight=3,
    eval_metric="aucpr",
    tree_method="hist",
    n_jobs=4,
)


def featurize(df: pl.DataFrame) -> pl.DataFrame:
    return (
        df.with_columns(
            pl.col("card_present", "country_mismatch").cast(pl.Int8),
            (pl.col("amount") / (pl.col("avg_amount_card_30d") + 1.0)).alias("amt_rel"),
            pl.col("amount").log1p().alias("amt_log"),
            (pl.col("n_tx_card_24h") > 10).cast(pl.Int8).alias("burst"),
        )
        .to_dummies(columns=["channel"], drop_first=True)
    )


def main(seed: int = 0) -> dict:
    train_df = featurize(pl.read_csv("train.csv"))

    # all numeric columns are usable, minus the label
    X = train_df.select(cs.numeric() - cs.by_name("is_fraud"))
    y = train_df["is_fraud"].to_numpy()
    print("n features:", X.width, X.columns, file=sys.stderr)

    X_tr, X_te, y_tr, y_te = train_test_split(
        X.to_pandas(), y, test_size=0.2, stratify=y, random_state=seed
    )

    model = xgb.XGBClassifier(**PARAMS, random_state=seed,
                              scale_pos_weight=(1 - y_tr.mean()) / y_tr.mean())
    model.fit(X_tr, y_tr, verbose=False)
    base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

    p = model.predict_proba(X_te)[:, 1]
    pb = base.predict_proba(X_te)[:, 1]
    metrics = {
        "roc_auc": roc_auc_score(y_te, p),
        "average_precision": average_precision_score(y_te, p),
        "baseline_average_precision": average_precision_score(y_te, pb),
    }
    print(json.dumps(metrics, indent=2))

    model.fit(X.to_pandas(), y, verbose=False)
    test_df = featurize(pl.read_csv("test.csv"))
    X_sub = test_df.select(X.columns).to_pandas()
    pl.DataFrame({"transaction_id": test_df["transaction_id"],
                  "prediction": model.predict_proba(X_sub)[:, 1]}).write_csv("predictions.csv")
    with open("metrics.json", "w") as fh:
        json.dump({"average_precision": metrics["average_precision"]}, fh)
    return metrics


if __name__ == "__main__":
    main()
