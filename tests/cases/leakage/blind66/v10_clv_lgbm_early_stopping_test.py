#!/usr/bin/env python
"""
Take-home: 12-month customer value (clv_12m)

- LightGBM regressor on the calibration-date customer snapshot
- target is log1p transformed, metrics are reported in currency units
- 80/20 holdout, early stopping to pick the number of trees
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

SEED = 3
LEAKY = ["orders_next_12m", "refund_amount_12m"]
CATEGORICAL = ["country", "acquisition_channel"]


def make_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.drop(columns=["customer_id", "clv_12m"] + LEAKY, errors="ignore").copy()
    signup = pd.to_datetime(out.pop("signup_date"))
    out["signup_dow"] = signup.dt.dayofweek
    out["signup_month"] = signup.dt.month
    out["total_spend"] = out["frequency"] * out["monetary_avg"]
    out["first_vs_avg"] = out["first_order_value"] / out["monetary_avg"].replace(0, np.nan)
    out["is_single_buyer"] = (out["frequency"] <= 1).astype(int)
    for c in CATEGORICAL:
        out[c] = out[c].astype("category")
    return out


def metrics(y_true, y_pred):
    return {
        "mae": float(mean_absolute_error(y_true, y_pred)),
        "rmse": float(np.sqrt(mean_squared_error(y_true, y_pred))),
        "r2": float(r2_score(y_true, y_pred)),
    }


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")

    X = make_features(train)
    y = np.log1p(train["clv_12m"])
    X_sub = make_features(test)[X.columns]
    for c in CATEGORICAL:
        X_sub[c] = pd.Categorical(X_sub[c], categories=X[c].cat.categories)

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=SEED)

    model = lgb.LGBMRegressor(
        n_estimators=5000,
        learning_rate=0.02,
        num_leaves=63,
        min_child_samples=25,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.7,
        random_state=SEED,
        verbose=-1,
    )
    model.fit(
        X_train,
        y_train,
        eval_set=[(X_test, y_test)],
        eval_metric="l1",
        callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
    )
    best_iter = model.best_iteration_
    print("best iteration:", best_iter)

    y_true = np.expm1(y_test)
    test_metrics = metrics(y_true, np.expm1(model.predict(X_test, num_iteration=best_iter)))
    mean_metrics = metrics(y_true, np.full(len(y_true), np.expm1(y_train).mean()))
    print("LightGBM           :", test_metrics)
    print("baseline (mean clv):", mean_metrics)

    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -test_metrics["mae"], "r2": test_metrics["r2"]}, fh, indent=2)

    final = lgb.LGBMRegressor(
        n_estimators=best_iter,
        learning_rate=0.02,
        num_leaves=63,
        min_child_samples=25,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.7,
        random_state=SEED,
        verbose=-1,
    )
    final.fit(X, y)
    pred = np.clip(np.expm1(final.predict(X_sub)), 0, None)
    pd.DataFrame({"customer_id": test["customer_id"], "prediction": pred}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
