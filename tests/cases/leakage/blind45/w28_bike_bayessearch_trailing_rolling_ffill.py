"""Hourly bike rentals - gradient boosting tuned with scikit-optimize.

Weather sensors drop out now and then; gaps are filled and the temperature is smoothed
before modelling. Evaluation: last 20% of the timeline, TimeSeriesSplit inside the search.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import TimeSeriesSplit
from skopt import BayesSearchCV
from skopt.space import Integer, Real

TIME = "timestamp"
TARGET = "rentals"
NOT_FEATURES = ["record_id", TIME, TARGET, "casual_riders", "registered_riders"]


def weather_features(frame):
    frame = frame.sort_values(TIME).copy()
    frame["humidity"] = frame["humidity"].ffill()
    frame["windspeed"] = frame["windspeed"].ffill()
    frame["temp_smooth"] = frame["temp"].rolling(24, min_periods=1).mean()
    frame["temp_change_3h"] = frame["temp"] - frame["temp"].shift(3)
    return frame


def calendar_features(frame):
    ts = frame[TIME]
    frame["hour"] = ts.dt.hour
    frame["dow"] = ts.dt.dayofweek
    frame["month"] = ts.dt.month
    frame["doy"] = ts.dt.dayofyear
    frame["is_weekend"] = (frame["dow"] >= 5).astype(int)
    return frame


def load():
    train = pd.read_csv("train.csv", parse_dates=[TIME])
    test = pd.read_csv("test.csv", parse_dates=[TIME])
    both = pd.concat([train.assign(_part="train"), test.assign(_part="test")], ignore_index=True)
    both = calendar_features(weather_features(both))
    train = both[both["_part"] == "train"].drop(columns="_part").reset_index(drop=True)
    test = both[both["_part"] == "test"].drop(columns=["_part", TARGET]).reset_index(drop=True)
    return train, test


def rmse(y, p):
    return mean_squared_error(y, p) ** 0.5


def main():
    train, test = load()
    features = [c for c in train.columns if c not in NOT_FEATURES]
    print("features:", features)

    cut = int(len(train) * 0.8)
    fit_rows, eval_rows = train.iloc[:cut], train.iloc[cut:]
    X_fit, y_fit = fit_rows[features], fit_rows[TARGET]
    X_eval, y_eval = eval_rows[features], eval_rows[TARGET]
    print("fit until", fit_rows[TIME].max(), "| evaluate from", eval_rows[TIME].min())

    search = BayesSearchCV(
        HistGradientBoostingRegressor(loss="poisson", random_state=0),
        {
            "learning_rate": Real(0.01, 0.3, prior="log-uniform"),
            "max_leaf_nodes": Integer(15, 127),
            "min_samples_leaf": Integer(10, 200),
            "l2_regularization": Real(1e-6, 10.0, prior="log-uniform"),
            "max_iter": Integer(200, 1200),
        },
        n_iter=40,
        cv=TimeSeriesSplit(n_splits=5),
        scoring="neg_mean_absolute_error",
        n_jobs=-1,
        random_state=0,
    )
    search.fit(X_fit, y_fit)
    print("best params:", dict(search.best_params_), "cv MAE:", -search.best_score_)

    baseline = DummyRegressor(strategy="median").fit(X_fit, y_fit)
    for name, model in [("baseline (median)", baseline), ("HGB tuned", search.best_estimator_)]:
        p = model.predict(X_eval)
        print(f"{name:<18} MAE={mean_absolute_error(y_eval, p):.2f} RMSE={rmse(y_eval, p):.2f}")

    final = search.best_estimator_.fit(train[features], train[TARGET])
    pd.DataFrame({"record_id": test["record_id"],
                  "prediction": final.predict(test[features])}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
