"""Claims severity with a penalised linear model on log cost.

Interaction terms between the main rating factors are expanded once up front
(PolynomialFeatures on a fixed set of columns; purely row-wise), then the
learned parts (scaling, ridge) live in a pipeline fitted on the training rows.
"""
import numpy as np
import pandas as pd
from sklearn.compose import TransformedTargetRegressor
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score, root_mean_squared_error
from sklearn.model_selection import GridSearchCV, KFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, PolynomialFeatures, StandardScaler

TARGET = "claim_cost"
ID = "claim_id"
EXCLUDE = [ID, TARGET, "paid_to_date", "final_reserve"]
INTERACT = ["driver_age", "vehicle_age", "bonus_malus", "vehicle_power", "num_parties"]
SKEWED = ["area_density", "report_delay_days"]
ONE_HOT = ["vehicle_group", "region", "fuel_type", "claim_type", "repair_shop_network", "police_report"]
SEED = 19

log1p = FunctionTransformer(np.log1p, inverse_func=np.expm1, feature_names_out="one-to-one")


def design_matrix(frame):
    """Row-wise expansion: log of skewed fields, degree-2 interactions, dummies."""
    poly = PolynomialFeatures(degree=2, interaction_only=False, include_bias=False).set_output(transform="pandas")
    inter = poly.fit_transform(frame[INTERACT].fillna(0))
    logs = log1p.set_output(transform="pandas").fit_transform(frame[SKEWED].clip(lower=0)).add_suffix("_log")
    dummies = pd.get_dummies(frame[ONE_HOT].astype(str), prefix=ONE_HOT, dtype=float)
    flags = frame[["injury_flag"]].astype(float)
    return pd.concat([inter, logs, dummies, flags], axis=1)


def regressor():
    ridge = GridSearchCV(make_pipeline(StandardScaler(), Ridge()), {"ridge__alpha": np.logspace(-2, 3, 21)},
                         cv=KFold(5, shuffle=True, random_state=SEED), scoring="neg_mean_squared_error")
    return TransformedTargetRegressor(regressor=ridge, func=np.log, inverse_func=np.exp)


def report(name, y_true, y_pred):
    print(f"{name:16s} MAE {mean_absolute_error(y_true, y_pred):9.1f}  "
          f"MedAE {median_absolute_error(y_true, y_pred):8.1f}  "
          f"RMSE {root_mean_squared_error(y_true, y_pred):9.1f}  R2 {r2_score(y_true, y_pred):.3f}")


def main():
    raw = pd.read_csv("train.csv")
    raw = raw[raw[TARGET] > 0].reset_index(drop=True)
    X = design_matrix(raw)
    y = raw[TARGET]
    print("design matrix", X.shape)

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=SEED)
    # align dummy columns between the two parts
    X_te = X_te.reindex(columns=X_tr.columns, fill_value=0.0)

    model = regressor().fit(X_tr, y_tr)
    base = DummyRegressor(strategy="median").fit(X_tr, y_tr)
    print("chosen ridge alpha:", model.regressor_.best_params_["ridge__alpha"])

    report("median_baseline", y_te, base.predict(X_te))
    report("poly_ridge", y_te, model.predict(X_te))

    coefs = pd.Series(model.regressor_.best_estimator_[-1].coef_, index=X_tr.columns)
    print(coefs.abs().sort_values(ascending=False).head(15).round(4))

    full = regressor().fit(X, y)
    sub = pd.read_csv("test.csv")
    X_sub = design_matrix(sub).reindex(columns=X.columns, fill_value=0.0)
    pd.DataFrame({ID: sub[ID], "prediction": full.predict(X_sub)}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
