"""Delivery delay take-home - final script.

Trains the model on the full training file and writes predictions for
test.csv. Prints fit diagnostics so the memo can quote them.
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer, TransformedTargetRegressor, make_column_selector
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder, QuantileTransformer

ID, TARGET = "order_id", "minutes_late"
NON_FEATURES = [ID, TARGET, "courier_id", "customer_complaint_filed"]


def delivery_features(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    ts = pd.to_datetime(out.pop("order_date"))
    out["hour"] = ts.dt.hour
    out["minute_of_day"] = ts.dt.hour * 60 + ts.dt.minute
    out["weekday"] = ts.dt.weekday
    out["is_friday_evening"] = ((ts.dt.weekday == 4) & (ts.dt.hour >= 17)).astype(int)
    out["buffer_min"] = out["promised_minutes"] - out["restaurant_prep_minutes"]
    out["km_per_buffer_min"] = out["distance_km"] / out["buffer_min"].clip(lower=3)
    out["heavy_order"] = (out["n_items"] >= 6).astype(int)
    return out


def build_model() -> TransformedTargetRegressor:
    encode = ColumnTransformer(
        [
            (
                "cat",
                OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1,
                               encoded_missing_value=-1),
                make_column_selector(dtype_include=object),
            ),
        ],
        remainder="passthrough",
        verbose_feature_names_out=False,
    )
    hgb = HistGradientBoostingRegressor(
        loss="squared_error",
        learning_rate=0.05,
        max_iter=800,
        max_leaf_nodes=40,
        min_samples_leaf=30,
        l2_regularization=0.2,
        early_stopping=False,
        random_state=0,
    )
    return TransformedTargetRegressor(
        regressor=make_pipeline(FunctionTransformer(delivery_features), encode, hgb),
        transformer=QuantileTransformer(n_quantiles=1000, output_distribution="normal"),
    )


def main() -> None:
    train = pd.read_csv("train.csv")
    print("train:", train.shape)
    print(train[TARGET].describe().round(2))

    X = train.drop(columns=NON_FEATURES)
    y = train[TARGET]

    model = build_model()
    model.fit(X, y)

    fitted = model.predict(X)
    metrics = {
        "mean_absolute_error": float(mean_absolute_error(y, fitted)),
        "median_absolute_error": float(median_absolute_error(y, fitted)),
        "r2": float(r2_score(y, fitted)),
    }
    print(json.dumps(metrics, indent=2))

    by_weather = (
        pd.DataFrame({"weather": train["weather"], "abs_err": np.abs(y - fitted)})
        .groupby("weather")["abs_err"]
        .mean()
        .round(2)
    )
    print("abs error by weather:\n", by_weather)

    with open("metrics.json", "w") as fh:
        json.dump({"neg_mean_absolute_error": -metrics["mean_absolute_error"],
                   "r2": metrics["r2"]}, fh)

    test = pd.read_csv("test.csv")
    X_test = test.drop(columns=[c for c in NON_FEATURES if c in test.columns])
    preds = model.predict(X_test)
    pd.DataFrame({ID: test[ID], "prediction": preds}).to_csv("predictions.csv", index=False)
    print("wrote", len(preds), "predictions; mean", preds.mean().round(2))


if __name__ == "__main__":
    main()
