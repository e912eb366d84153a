"""CTR - LightGBM tuned with Optuna (log loss), last day held out."""
import numpy as np
import optuna
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import log_loss, roc_auc_score

optuna.logging.set_verbosity(optuna.logging.WARNING)

CAT = ["site_category", "app_category", "device_type", "os"]


def featurize(frame):
    frame = frame.copy()
    frame["hour"] = frame.event_time.dt.hour
    frame["dow"] = frame.event_time.dt.dayofweek
    frame["slot_area"] = frame.slot_width * frame.slot_height
    frame["user_ctr_7d"] = frame.user_clicks_7d / (frame.user_impressions_7d + 1)
    return frame


df = featurize(pd.read_csv("train.csv", parse_dates=["event_time"]).sort_values("event_time"))
FEATS = ["hour", "dow", "slot_area", "banner_pos", "bid_floor", "user_impressions_7d",
         "user_clicks_7d", "user_ctr_7d"] + CAT

cut = df.event_time.dt.normalize().max()
train = df[df.event_time < cut].copy()
holdout = df[df.event_time >= cut].copy()
for c in CAT:
    levels = train[c].astype("category").cat.categories
    train[c] = pd.Categorical(train[c], categories=levels)
    holdout[c] = pd.Categorical(holdout[c], categories=levels)

dtrain = lgb.Dataset(train[FEATS], train.clicked, free_raw_data=False)


def objective(trial):
    params = {
        "objective": "binary",
        "verbose": -1,
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 15, 255, log=True),
        "min_data_in_leaf": trial.suggest_int("min_data_in_leaf", 20, 2000, log=True),
        "feature_fraction": trial.suggest_float("feature_fraction", 0.4, 1.0),
        "bagging_fraction": trial.suggest_float("bagging_fraction", 0.5, 1.0),
        "bagging_freq": 1,
        "lambda_l2": trial.suggest_float("lambda_l2", 1e-3, 50, log=True),
    }
    n_rounds = trial.suggest_int("n_rounds", 100, 1500, step=100)
    booster = lgb.train(params, dtrain, num_boost_round=n_rounds)
    return log_loss(holdout.clicked, booster.predict(holdout[FEATS]))


study = optuna.create_study(direction="minimize", sampler=optuna.samplers.TPESampler(seed=1))
study.optimize(objective, n_trials=50)
print("best params:", study.best_params)

best = dict(study.best_params)
n_rounds = best.pop("n_rounds")
final = lgb.train({"objective": "binary", "bagging_freq": 1, "verbose": -1, **best}, dtrain, num_boost_round=n_rounds)
p = final.predict(holdout[FEATS])
print(f"holdout logloss {log_loss(holdout.clicked, p):.5f}   AUC {roc_auc_score(holdout.clicked, p):.4f}")

sub = featurize(pd.read_csv("test.csv", parse_dates=["event_time"]))
for c in CAT:
    sub[c] = pd.Categorical(sub[c], categories=train[c].cat.categories)
pd.DataFrame({"impression_id": sub.impression_id, "prediction": final.predict(sub[FEATS])}).to_csv(
    "predictions.csv", index=False)
