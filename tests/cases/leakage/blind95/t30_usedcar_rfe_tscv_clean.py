"""Used-car prices: RFE + ridge, evaluated with expanding-window time CV.

RFE uses the target, so it lives inside the pipeline: every TimeSeriesSplit fold
refits imputer, scaler, encoder and the feature elimination on its training part.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import RFE
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["age", "mileage", "log_mileage", "miles_per_year", "engine_size", "n_owners"]
CAT = ["make", "fuel", "transmission", "body_type", "seller_type", "region"]


def prepare(path):
    d = pd.read_csv(path, parse_dates=["listing_date"])
    d["age"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["log_mileage"] = np.log1p(d["mileage"])
    d["miles_per_year"] = d["mileage"] / d["age"].clip(lower=1)
    return d


def build_model(n_features=20):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=10, sparse_output=False), CAT),
    ])
    return Pipeline([
        ("pre", pre),
        ("rfe", RFE(Ridge(alpha=1.0), n_features_to_select=n_features, step=2)),
        ("ridge", Ridge(alpha=1.0)),
    ])


def main():
    df = prepare("train.csv").sort_values("listing_date").reset_index(drop=True)
    test = prepare("test.csv")
    X, y = df[NUM + CAT], np.log(df["price"])

    tscv = TimeSeriesSplit(n_splits=5)
    scoring = ["neg_mean_absolute_error", "neg_root_mean_squared_error"]
    for name, est in [("dummy (mean log price)", DummyRegressor(strategy="mean")),
                      ("rfe20 + ridge", build_model(20)),
                      ("rfe35 + ridge", build_model(35))]:
        cv = cross_validate(est, X, y, cv=tscv, scoring=scoring)
        print(f"{name:24s} MAE(log)={-cv['test_neg_mean_absolute_error'].mean():.4f} "
              f"RMSE(log)={-cv['test_neg_root_mean_squared_error'].mean():.4f}")

    final = build_model(35).fit(X, y)
    kept = final.named_steps["pre"].get_feature_names_out()[final.named_steps["rfe"].support_]
    print("kept features:", list(kept))
    pd.DataFrame({"listing_id": test["listing_id"],
                  "prediction": np.exp(final.predict(test[NUM + CAT]))}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
