"""Pick errors - compact logistic model.

1. stateless design matrix (constant fill, interactions, one-hot)
2. keep the K most discriminative columns (ANOVA F-test)
3. grouped CV on pickers for a scaled logistic regression
"""
from __future__ import annotations

import json
import logging

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("pick")

TARGET, GROUP, ID = "pick_error", "picker_id", "pick_id"
NUM = ["item_weight_kg", "qty_ordered", "picks_in_shift_so_far", "minutes_into_shift", "picker_tenure_days",
       "similar_sku_adjacent", "lighting_lux"]
CAT = ["zone", "sku_category", "bin_level", "aisle"]
K = 25


def design(frame: pd.DataFrame) -> pd.DataFrame:
    X = frame[NUM].fillna(0.0).copy()
    X["weight_x_qty"] = X["item_weight_kg"] * X["qty_ordered"]
    X["fatigue"] = X["minutes_into_shift"] * X["picks_in_shift_so_far"] / 1000.0
    X["low_light"] = (X["lighting_lux"] < 150).astype(float)
    onehot = pd.get_dummies(frame[CAT].astype(str), dtype=float)
    return pd.concat([X, onehot], axis=1)


def select(X: pd.DataFrame, y: pd.Series, k: int = K) -> list[str]:
    selector = SelectKBest(f_classif, k=k).fit(X, y)
    scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
    log.info("top F scores:\n%s", scores.head(10).round(1))
    return X.columns[selector.get_support()].tolist()


def main() -> None:
    df = pd.read_csv("train.csv")
    X_full, y = design(df), df[TARGET]
    cols = select(X_full, y)
    X = X_full[cols]
    log.info("%d -> %d columns", X_full.shape[1], X.shape[1])

    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=3000))
    res = cross_validate(model, X, y, groups=df[GROUP], cv=GroupKFold(n_splits=5),
                         scoring={"ap": "average_precision", "auc": "roc_auc"}, n_jobs=-1)
    metrics = {"cv_ap": float(res["test_ap"].mean()), "cv_auc": float(res["test_auc"].mean()),
               "cv_ap_std": float(res["test_ap"].std())}
    log.info(json.dumps(metrics, indent=2))
    with open("metrics.json", "w") as fh:
        json.dump({**metrics, "features": cols}, fh, indent=2)

    model.fit(X, y)
    sub = pd.read_csv("test.csv")
    X_sub = design(sub).reindex(columns=cols, fill_value=0.0)
    pd.DataFrame({ID: sub[ID], "prediction": model.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
