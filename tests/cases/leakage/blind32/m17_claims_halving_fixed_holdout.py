"""Claims cost - successive-halving search over a boosted model.

To keep the time box, the search uses one fixed train/holdout split instead
of k-fold CV (PredefinedSplit), with max_iter as the halving resource.
"""
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint, uniform
from sklearn.experimental import enable_halving_search_cv  # noqa: F401
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, root_mean_squared_error
from sklearn.model_selection import HalvingRandomSearchCV, PredefinedSplit, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "claim_cost"
SEED = 77
USE_COLS = [
    "driver_age", "vehicle_age", "vehicle_group", "region", "bonus_malus", "exposure_years", "vehicle_power",
    "fuel_type", "area_density", "claim_type", "report_delay_days", "police_report", "num_parties",
    "injury_flag", "repair_shop_network",
]
SEARCH_SPACE = {
    "model__learning_rate": loguniform(0.01, 0.3),
    "model__max_leaf_nodes": randint(8, 128),
    "model__min_samples_leaf": randint(10, 200),
    "model__l2_regularization": loguniform(1e-3, 10),
    "model__max_features": uniform(0.4, 0.6),
}


def make_pipeline_():
    enc = make_column_transformer(
        (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1, encoded_missing_value=-1),
         make_column_selector(dtype_include=object)),
        remainder="passthrough",
        verbose_feature_names_out=False,
    ).set_output(transform="pandas")
    model = HistGradientBoostingRegressor(loss="absolute_error", categorical_features="from_dtype",
                                          early_stopping=False, random_state=SEED)
    return Pipeline([("encode", enc), ("model", model)])


def main():
    df = pd.read_csv("train.csv")
    df = df.loc[df[TARGET].notna(), USE_COLS + [TARGET]]
    X, y = df[USE_COLS], df[TARGET]

    X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, random_state=SEED)
    print(f"train {len(X_tr):,}  holdout {len(X_ho):,}")

    # one split: -1 = always in training, 0 = the evaluation fold
    X_search = pd.concat([X_tr, X_ho])
    y_search = pd.concat([y_tr, y_ho])
    fold = np.r_[np.full(len(X_tr), -1), np.zeros(len(X_ho), dtype=int)]

    search = HalvingRandomSearchCV(
        make_pipeline_(),
        SEARCH_SPACE,
        n_candidates=81,
        factor=3,
        resource="model__max_iter",
        min_resources=50,
        max_resources=1350,
        cv=PredefinedSplit(fold),
        scoring="neg_mean_absolute_error",
        refit=False,
        random_state=SEED,
        n_jobs=-1,
        verbose=1,
    )
    search.fit(X_search, y_search)

    results = pd.DataFrame(search.cv_results_)
    top = results.sort_values("rank_test_score").head(5)
    print(top[["iter", "n_resources", "mean_test_score", "params"]].to_string(index=False))

    best = search.best_params_
    print("best params:", best)
    print(f"holdout MAE of best config: {-search.best_score_:.1f}")

    model = make_pipeline_().set_params(**best).fit(X_tr, y_tr)
    pred = model.predict(X_ho)
    dummy = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    print(f"holdout RMSE best config: {root_mean_squared_error(y_ho, pred):.1f}")
    print(f"holdout MAE  median dummy: {mean_absolute_error(y_ho, dummy.predict(X_ho)):.1f}")

    final = make_pipeline_().set_params(**best).fit(X, y)
    sub = pd.read_csv("test.csv")
    pd.DataFrame({"claim_id": sub["claim_id"], "prediction": final.predict(sub[USE_COLS])}).to_csv(
        "predictions.csv", index=False
    )


if __name__ == "__main__":
    main()
