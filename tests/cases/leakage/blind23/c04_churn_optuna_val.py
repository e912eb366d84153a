import json
import logging

import lightgbm as lgb
import numpy as np
import optuna
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("churn-optuna")

TARGET = "churned_next_month"
NON_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]
CATS = ["plan_type", "region", "payment_method", "contract_type"]

tracking = {"run": "churn_lgbm_optuna", "params": {}, "metrics": {}}


def split_by_time_and_customer(df, valid_start, test_start, seed=7):
    rng = np.random.default_rng(seed)
    ids = df["customer_id"].drop_duplicates().to_numpy()
    rng.shuffle(ids)
    n = len(ids)
    bucket = pd.Series(np.repeat(["train", "valid", "test"],
                                 [int(n * 0.6), int(n * 0.2), n - int(n * 0.6) - int(n * 0.2)]),
                       index=ids)
    role = df["customer_id"].map(bucket)
    month = df["snapshot_month"]
    train = df[(role == "train") & (month < valid_start)]
    valid = df[(role == "valid") & (month >= valid_start) & (month < test_start)]
    test = df[(role == "test") & (month >= test_start)]
    return train, valid, test


def to_xy(frame):
    X = frame.drop(columns=NON_FEATURES)
    for c in CATS:
        X[c] = X[c].astype("category")
    return X, frame[TARGET]


df = pd.read_csv("data/churn_snapshots.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"])
df["charges_prev"] = df.groupby("customer_id")["monthly_charges"].shift(1)
df["charges_change"] = df["monthly_charges"] - df["charges_prev"]

train_df, valid_df, test_df = split_by_time_and_customer(
    df, pd.Timestamp("2023-07-01"), pd.Timestamp("2023-10-01"))
X_tr, y_tr = to_xy(train_df)
X_va, y_va = to_xy(valid_df)
X_te, y_te = to_xy(test_df)
log.info("rows train=%d valid=%d test=%d", len(X_tr), len(X_va), len(X_te))


def objective(trial):
    params = {
        "objective": "binary",
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 8, 128, log=True),
        "min_child_samples": trial.suggest_int("min_child_samples", 20, 400, log=True),
        "feature_fraction": trial.suggest_float("feature_fraction", 0.5, 1.0),
        "bagging_fraction": trial.suggest_float("bagging_fraction", 0.5, 1.0),
        "bagging_freq": 1,
        "lambda_l2": trial.suggest_float("lambda_l2", 1e-3, 10.0, log=True),
        "verbosity": -1,
    }
    dtrain = lgb.Dataset(X_tr, y_tr)
    dvalid = lgb.Dataset(X_va, y_va, reference=dtrain)
    pruning = optuna.integration.LightGBMPruningCallback(trial, "average_precision")
    booster = lgb.train({**params, "metric": "average_precision"}, dtrain, num_boost_round=2000,
                        valid_sets=[dvalid], callbacks=[lgb.early_stopping(100, verbose=False), pruning])
    trial.set_user_attr("best_iteration", booster.best_iteration)
    return average_precision_score(y_va, booster.predict(X_va, num_iteration=booster.best_iteration))


study = optuna.create_study(direction="maximize",
                            pruner=optuna.pruners.MedianPruner(n_warmup_steps=50),
                            sampler=optuna.samplers.TPESampler(seed=11))
study.optimize(objective, n_trials=60, timeout=1800)
best = study.best_trial
tracking["params"].update(best.params)
tracking["params"]["num_boost_round"] = best.user_attrs["best_iteration"]
tracking["metrics"]["valid_pr_auc"] = best.value

final_params = {"objective": "binary", "bagging_freq": 1, "verbosity": -1, **best.params}
final = lgb.train(final_params, lgb.Dataset(X_tr, y_tr),
                  num_boost_round=best.user_attrs["best_iteration"])

p_test = final.predict(X_te)
baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_te)[:, 1]

tracking["metrics"].update({
    "test_roc_auc": roc_auc_score(y_te, p_test),
    "test_pr_auc": average_precision_score(y_te, p_test),
    "test_log_loss": log_loss(y_te, p_test),
    "baseline_pr_auc": average_precision_score(y_te, p_base),
    "baseline_log_loss": log_loss(y_te, p_base),
})
print(json.dumps(tracking, indent=2, default=float))
