"""Claims: ultimate cost from the claim's characteristics and its payment history.

Approach: log-cost target, quantile-normalised numerics, one-hot categoricals,
an MLP and a boosted model compared by CV on the training part; holdout
scored once for the chosen one.
"""
import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor, make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, median_absolute_error, root_mean_squared_error
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.neural_network import MLPRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, QuantileTransformer

TARGET = "claim_cost"
ID = "claim_id"
NUMERIC = ["driver_age", "vehicle_age", "bonus_malus", "exposure_years", "area_density", "report_delay_days",
           "num_parties", "paid_to_date", "days_open"]
CATEGORICAL = ["vehicle_group", "region", "claim_type", "repair_shop_network", "police_report"]
SEED = 123


def preprocessor():
    return make_column_transformer(
        (make_pipeline(SimpleImputer(strategy="median", add_indicator=True),
                       QuantileTransformer(n_quantiles=400, output_distribution="normal")), NUMERIC),
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False, min_frequency=15), CATEGORICAL),
    )


def candidates():
    mlp = make_pipeline(preprocessor(), MLPRegressor(hidden_layer_sizes=(64, 32), alpha=1e-3, early_stopping=True,
                                                     max_iter=500, random_state=SEED))
    gbm = make_pipeline(preprocessor(), HistGradientBoostingRegressor(max_iter=500, learning_rate=0.05,
                                                                      random_state=SEED))
    wrap = lambda est: TransformedTargetRegressor(regressor=est, func=np.log1p, inverse_func=np.expm1)
    return {"mlp": wrap(mlp), "gbm": wrap(gbm)}


def main():
    df = pd.read_csv("train.csv")
    df = df[df[TARGET] >= 0]
    df["days_open"] = (pd.to_datetime(df["valuation_date"]) - pd.to_datetime(df["report_date"])).dt.days
    X, y = df[NUMERIC + CATEGORICAL], df[TARGET]
    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED)

    cv = KFold(5, shuffle=True, random_state=SEED)
    cv_mae = {}
    for name, est in candidates().items():
        cv_mae[name] = -cross_val_score(est, X_tr, y_tr, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1).mean()
        print(f"{name}: CV MAE {cv_mae[name]:.1f}")
    best = min(cv_mae, key=cv_mae.get)

    model = candidates()[best].fit(X_tr, y_tr)
    baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    for name, est in [("baseline (median)", baseline), (best, model)]:
        p = est.predict(X_te)
        print(f"{name:18s} MAE {mean_absolute_error(y_te, p):9.1f}  MedAE {median_absolute_error(y_te, p):8.1f}  "
              f"RMSE {root_mean_squared_error(y_te, p):9.1f}")

    final = candidates()[best].fit(X, y)
    sub = pd.read_csv("test.csv")
    sub["days_open"] = (pd.to_datetime(sub["valuation_date"]) - pd.to_datetime(sub["report_date"])).dt.days
    pd.DataFrame({ID: sub[ID], "prediction": final.predict(sub[NUMERIC + CATEGORICAL])}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
