"""
Insurance claim cost regression.

- 5-fold shuffled cross-validation.
- Everything learned from data (imputation, scaling, encoding) sits in the
  pipeline and is refitted in every fold.
- final_settlement_amount is only known once the claim is closed -> excluded.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "claim_cost"
GROUP = "policy_id"
NUMERIC = ["vehicle_age", "driver_age", "policy_premium", "deductible",
           "num_prior_claims", "repair_shop_estimate", "policy_age_days",
           "claim_month"]
CATEGORICAL = ["claim_type", "region", "injury_flag", "police_report"]


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["claim_date", "policy_start_date"])
    df["policy_age_days"] = (df["claim_date"] - df["policy_start_date"]).dt.days
    df["claim_month"] = df["claim_date"].dt.month
    return df


def make_model() -> Pipeline:
    pre = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMERIC),
        ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                              OneHotEncoder(handle_unknown="ignore")), CATEGORICAL),
    ])
    gbr = HistGradientBoostingRegressor(loss="absolute_error", max_iter=400,
                                        learning_rate=0.05, max_leaf_nodes=31,
                                        l2_regularization=1.0, random_state=0)
    return Pipeline([("pre", pre), ("model", gbr)])


def main() -> None:
    train = load("train.csv")
    X = train[NUMERIC + CATEGORICAL]
    y = train[TARGET]
    groups = train[GROUP]
    print(f"{len(train)} claims from {groups.nunique()} policies")

    cv = KFold(n_splits=5, shuffle=True, random_state=0)
    scoring = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error"}

    candidates = {
        "baseline (median)": DummyRegressor(strategy="median"),
        "hist-gbm": make_model(),
    }
    for name, est in candidates.items():
        res = cross_validate(est, X, y, cv=cv, scoring=scoring)
        print(f"{name:18s} MAE {-res['test_mae'].mean():9.1f} +/- {res['test_mae'].std():7.1f}"
              f" | RMSE {-res['test_rmse'].mean():9.1f}")

    model = make_model().fit(X, y)
    test = load("test.csv")
    preds = np.clip(model.predict(test[NUMERIC + CATEGORICAL]), 0, None)
    pd.DataFrame({"claim_id": test["claim_id"], "prediction": preds}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
