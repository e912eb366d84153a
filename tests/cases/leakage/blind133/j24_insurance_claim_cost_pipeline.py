"""SafeDrive Insurance - claim cost at first notice of loss.

All learned preprocessing lives inside the sklearn pipeline, fitted on the training split only.
"""
import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, OneHotEncoder, StandardScaler

CONFIG = {
    "target": "claim_cost",
    "id": "claim_id",
    "leaky": ["settled_amount"],
    "numeric": ["policy_age_years", "vehicle_age", "driver_age", "num_parties"],
    "skewed": ["estimated_damage", "repair_shop_quote"],
    "categorical": ["region", "vehicle_type", "incident_type", "police_report"],
    "seed": 31,
}
log = logging.getLogger("claims")


def build_pipeline(regressor, cfg=CONFIG):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), cfg["numeric"]),
        ("skew", Pipeline([("imp", SimpleImputer(strategy="median")),
                           ("log", FunctionTransformer(np.log1p)), ("sc", StandardScaler())]), cfg["skewed"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cfg["categorical"]),
    ])
    model = TransformedTargetRegressor(regressor=regressor, func=np.log1p, inverse_func=np.expm1)
    return Pipeline([("pre", pre), ("model", model)])


def load(cfg):
    df = pd.read_csv("train.csv").drop(columns=cfg["leaky"])
    sub = pd.read_csv("test.csv")
    X = df[cfg["numeric"] + cfg["skewed"] + cfg["categorical"]]
    return X, df[cfg["target"]], sub


def evaluate(models, X_tr, X_va, y_tr, y_va):
    rows = []
    for name, pipe in models.items():
        pipe.fit(X_tr, y_tr)
        p = pipe.predict(X_va)
        rows.append({"model": name, "mae": mean_absolute_error(y_va, p), "rmse": mean_squared_error(y_va, p) ** 0.5})
    table = pd.DataFrame(rows).set_index("model")
    log.info("\n%s", table.round(1).to_string())
    return table


def main():
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("--valid-size", type=float, default=0.2)
    args = ap.parse_args()

    X, y, sub = load(CONFIG)
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=args.valid_size, random_state=CONFIG["seed"])
    models = {
        "baseline_median": build_pipeline(DummyRegressor(strategy="median")),
        "gbr": build_pipeline(GradientBoostingRegressor(n_estimators=600, max_depth=3, learning_rate=0.03,
                                                        subsample=0.8, random_state=CONFIG["seed"])),
    }
    evaluate(models, X_tr, X_va, y_tr, y_va)

    final = models["gbr"].fit(X, y)
    pd.DataFrame({CONFIG["id"]: sub[CONFIG["id"]], "prediction": final.predict(sub[X.columns])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
