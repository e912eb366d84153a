"""Next-day load: LightGBM tuned with Optuna.

Time-based split into fit | validation | test (8 weeks each for validation and test).
Hyperparameters are searched with Optuna's TPE sampler (60 trials) on the validation
weeks; the tuned model is then refitted on fit+validation and scored once on the test
weeks against a persistence baseline.
"""
import logging

import numpy as np
import pandas as pd
import lightgbm as lgb
import optuna
from sklearn.metrics import mean_absolute_error

optuna.logging.set_verbosity(optuna.logging.WARNING)
logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("load")

TARGET = "load_next_day_mwh"
N_TRIALS = 60


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["substation_id", "timestamp"]).copy()
    g = df.groupby("substation_id")["load_mwh"]
    for k in (1, 2, 7, 14):
        df[f"lag_{k}"] = g.shift(k)
    df["ewm_7"] = g.transform(lambda s: s.shift(1).ewm(span=7, adjust=False).mean())
    df["ratio_lag7"] = df["load_mwh"] / df["lag_7"].replace(0, np.nan)
    nxt = df["timestamp"] + pd.Timedelta(days=1)
    df["next_dow"] = nxt.dt.dayofweek
    df["next_doy_sin"] = np.sin(2 * np.pi * nxt.dt.dayofyear / 365.25)
    df["next_doy_cos"] = np.cos(2 * np.pi * nxt.dt.dayofyear / 365.25)
    df["temp_fc_sq"] = (df["temp_forecast_next_day_c"] - 18) ** 2
    return df


FEATURES = ["load_mwh", "peak_mw", "temp_mean_c", "humidity", "temp_forecast_next_day_c",
            "is_holiday_next_day", "lag_1", "lag_2", "lag_7", "lag_14", "ewm_7", "ratio_lag7",
            "next_dow", "next_doy_sin", "next_doy_cos", "temp_fc_sq"]

data = engineer(pd.read_csv("train.csv", parse_dates=["timestamp"]))
data = data.dropna(subset=["lag_14"])

t_max = data["timestamp"].max()
test_start = t_max - pd.Timedelta(days=56)
valid_start = test_start - pd.Timedelta(days=56)
fit_part = data[data["timestamp"] < valid_start]
valid_part = data[(data["timestamp"] >= valid_start) & (data["timestamp"] < test_start)]
test_part = data[data["timestamp"] >= test_start]
log.info("fit rows %d, valid rows %d, test rows %d", len(fit_part), len(valid_part), len(test_part))


def train_lgb(params, frame):
    model = lgb.LGBMRegressor(objective="l1", n_estimators=params.pop("n_estimators"),
                              random_state=0, verbose=-1, **params)
    return model.fit(frame[FEATURES], frame[TARGET])


def objective(trial: optuna.Trial) -> float:
    params = {
        "n_estimators": trial.suggest_int("n_estimators", 200, 2000, log=True),
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 15, 255, log=True),
        "min_child_samples": trial.suggest_int("min_child_samples", 5, 200, log=True),
        "colsample_bytree": trial.suggest_float("colsample_bytree", 0.4, 1.0),
        "subsample": trial.suggest_float("subsample", 0.5, 1.0),
        "subsample_freq": 1,
        "reg_lambda": trial.suggest_float("reg_lambda", 1e-3, 10.0, log=True),
    }
    model = train_lgb(params, fit_part)
    return mean_absolute_error(valid_part[TARGET], model.predict(valid_part[FEATURES]))


study = optuna.create_study(direction="minimize", sampler=optuna.samplers.TPESampler(seed=42))
study.optimize(objective, n_trials=N_TRIALS)
log.info("best params: %s", study.best_params)

best_params = {**study.best_params, "subsample_freq": 1}
model = train_lgb(dict(best_params), pd.concat([fit_part, valid_part]))
test_mae = mean_absolute_error(test_part[TARGET], model.predict(test_part[FEATURES]))
persistence_mae = mean_absolute_error(test_part[TARGET], test_part["load_mwh"])
log.info("persistence baseline MAE: %.3f", persistence_mae)
log.info("tuned LightGBM MAE:       %.3f  (%.1f%% better)", test_mae, 100 * (1 - test_mae / persistence_mae))

# retrain on all labelled days for the submission
final = train_lgb(dict(best_params), data)
hist = pd.read_csv("train.csv", parse_dates=["timestamp"])
new = pd.read_csv("test.csv", parse_dates=["timestamp"])
both = engineer(pd.concat([hist, new], ignore_index=True))
rows = both[both["row_id"].isin(new["row_id"])]
pd.DataFrame({"row_id": rows["row_id"], "prediction": final.predict(rows[FEATURES])}).to_csv("predictions.csv", index=False)
