"""Claims cost - what drives severity?

The brief asks for predictions *and* an explanation of the main cost drivers,
so this script focuses on a single well-understood model: gradient boosting
on the rating factors, fitted on the full training file, then inspected with
permutation importance and partial dependence.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import partial_dependence, permutation_importance
from sklearn.metrics import mean_absolute_error, r2_score, root_mean_squared_error
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "claim_cost"
CATS = ["vehicle_group", "region", "fuel_type", "claim_type", "repair_shop_network", "police_report"]
NUMS = ["driver_age", "vehicle_age", "bonus_malus", "exposure_years", "vehicle_power", "area_density",
        "report_delay_days", "num_parties", "injury_flag"]
PARAMS = {"loss": "gamma", "learning_rate": 0.05, "max_iter": 400, "max_leaf_nodes": 31,
          "min_samples_leaf": 40, "early_stopping": False, "random_state": 0}


def model():
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATS),
        ("passthrough", NUMS),
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    return make_pipeline(enc, HistGradientBoostingRegressor(categorical_features=CATS, **PARAMS))


def summarize(name, y, pred):
    print(f"{name:12s} R2 {r2_score(y, pred):.3f}  MAE {mean_absolute_error(y, pred):9.1f}  "
          f"RMSE {root_mean_squared_error(y, pred):9.1f}")


def main():
    claims = pd.read_csv("train.csv")
    claims = claims[claims[TARGET] > 0].reset_index(drop=True)
    X, y = claims[CATS + NUMS], claims[TARGET]
    print(f"{len(claims):,} claims, mean cost {y.mean():,.0f}, median {y.median():,.0f}")

    gbm = model().fit(X, y)
    flat = DummyRegressor(strategy="mean").fit(X, y)
    summarize("flat mean", y, flat.predict(X))
    summarize("gbm", y, gbm.predict(X))

    # cost drivers
    sample = X.sample(n=min(15000, len(X)), random_state=0)
    imp = permutation_importance(gbm, sample, y.loc[sample.index], scoring="neg_mean_absolute_error",
                                 n_repeats=5, random_state=0, n_jobs=-1)
    drivers = pd.DataFrame({"feature": CATS + NUMS, "mae_increase": imp.importances_mean,
                            "std": imp.importances_std}).sort_values("mae_increase", ascending=False)
    print(drivers.round(1).to_string(index=False))

    for feat in ["driver_age", "report_delay_days", "bonus_malus"]:
        pd_res = partial_dependence(gbm, sample, [feat], grid_resolution=20, kind="average")
        curve = pd.Series(pd_res["average"][0], index=np.round(pd_res["grid_values"][0], 1))
        print(f"\npartial dependence of cost on {feat}:\n{curve.round(0).to_string()}")

    by_type = claims.assign(pred=gbm.predict(X)).groupby("claim_type")[[TARGET, "pred"]].mean()
    print(by_type.round(0))

    sub = pd.read_csv("test.csv")
    pd.DataFrame({"claim_id": sub["claim_id"], "prediction": gbm.predict(sub[CATS + NUMS])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
