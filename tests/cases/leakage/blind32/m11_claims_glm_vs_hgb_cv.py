"""Insurance claims: predict the ultimate cost of a reported claim.

Two model families compared by 5-fold CV on the training part (a GLM with
spline terms and a gamma-loss gradient boosting model). The winner is refit
on the training part and scored once on a 20% holdout.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.linear_model import TweedieRegressor
from sklearn.metrics import mean_absolute_error, mean_gamma_deviance, root_mean_squared_error
from sklearn.model_selection import KFold, cross_validate, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, QuantileTransformer, SplineTransformer

SEED = 5
TARGET = "claim_cost"
NOT_FEATURES = ["claim_id", "paid_to_date", "final_reserve", TARGET]
CATEGORICAL = ["vehicle_group", "region", "fuel_type", "claim_type", "repair_shop_network", "police_report"]
SCORING = {"mae": "neg_mean_absolute_error", "rmse": "neg_root_mean_squared_error",
           "gamma_dev": "neg_mean_gamma_deviance"}


def glm():
    age_splines = make_pipeline(SimpleImputer(strategy="median"),
                                SplineTransformer(n_knots=7, degree=3, knots="quantile", extrapolation="linear"))
    numeric = make_pipeline(SimpleImputer(strategy="median"), QuantileTransformer(n_quantiles=500))
    pre = make_column_transformer(
        (age_splines, ["driver_age", "vehicle_age"]),
        (numeric, ["bonus_malus", "vehicle_power", "area_density", "report_delay_days", "num_parties", "exposure_years"]),
        (OneHotEncoder(handle_unknown="infrequent_if_exist", min_frequency=25, sparse_output=False), CATEGORICAL),
    ).set_output(transform="pandas")
    return make_pipeline(pre, TweedieRegressor(power=2.0, link="log", alpha=1e-3, max_iter=1000))


def boosted():
    return HistGradientBoostingRegressor(
        loss="gamma",
        learning_rate=0.05,
        max_iter=2000,
        max_leaf_nodes=31,
        min_samples_leaf=30,
        l2_regularization=1.0,
        categorical_features="from_dtype",
        early_stopping=True,
        validation_fraction=0.15,
        n_iter_no_change=40,
        random_state=SEED,
    )


def main():
    df = pd.read_csv("train.csv")
    df = df[df[TARGET] > 0].copy()
    for c in CATEGORICAL:
        df[c] = df[c].astype("category")
    X = df.drop(columns=NOT_FEATURES)
    y = df[TARGET]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED)
    cv = KFold(n_splits=5, shuffle=True, random_state=SEED)

    candidates = {"mean_baseline": DummyRegressor(strategy="mean"), "gamma_glm": glm(), "gamma_hgb": boosted()}
    cv_table = {}
    for name, est in candidates.items():
        res = cross_validate(est, X_tr, y_tr, cv=cv, scoring=SCORING, return_train_score=True, n_jobs=-1)
        cv_table[name] = {
            "train_mae": -res["train_mae"].mean(),
            "cv_mae": -res["test_mae"].mean(),
            "cv_rmse": -res["test_rmse"].mean(),
            "cv_gamma_dev": -res["test_gamma_dev"].mean(),
            "fit_s": res["fit_time"].mean(),
        }
    cv_table = pd.DataFrame(cv_table).T
    print(cv_table.round(3))

    winner = cv_table.drop(index="mean_baseline")["cv_gamma_dev"].idxmin()
    print("selected by CV:", winner)

    model = candidates[winner].fit(X_tr, y_tr)
    base = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
    if winner == "gamma_hgb":
        print("boosting iterations used:", model.n_iter_)
    for name, est in [("mean_baseline", base), (winner, model)]:
        pred = est.predict(X_te)
        print(f"holdout {name:14s} MAE {mean_absolute_error(y_te, pred):9.1f}  "
              f"RMSE {root_mean_squared_error(y_te, pred):9.1f}  gamma dev {mean_gamma_deviance(y_te, pred):.4f}")

    final = candidates[winner].fit(X, y)
    sub = pd.read_csv("test.csv")
    for c in CATEGORICAL:
        sub[c] = pd.Categorical(sub[c], categories=X[c].cat.categories)
    sub_X = sub.drop(columns=[c for c in NOT_FEATURES if c in sub.columns])
    pd.DataFrame({"claim_id": sub["claim_id"], "prediction": final.predict(sub_X)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
