"""Card fraud - XGBoost tuned with Optuna.

Run: python tune_and_predict.py  ->  predictions.csv + best_params.json
"""
import json

import numpy as np
import optuna
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, train_test_split

SEED = 0
N_TRIALS = 30
CATS = ["merchant_category", "device_type"]
NUMS = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d"]


def load():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for c in CATS:
        train[c] = train[c].astype("category")
        test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
    return train, test


train, test = load()
print(train.shape, test.shape, "fraud rate:", round(train["is_fraud"].mean(), 4))
print(train[NUMS].corrwith(train["is_fraud"]).sort_values())

X = train[CATS + NUMS]
y = train["is_fraud"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)


def objective(trial):
    params = {
        "n_estimators": trial.suggest_int("n_estimators", 200, 1200),
        "max_depth": trial.suggest_int("max_depth", 3, 10),
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.3, log=True),
        "subsample": trial.suggest_float("subsample", 0.5, 1.0),
        "colsample_bytree": trial.suggest_float("colsample_bytree", 0.4, 1.0),
        "min_child_weight": trial.suggest_float("min_child_weight", 1, 20, log=True),
        "gamma": trial.suggest_float("gamma", 0.0, 5.0),
        "scale_pos_weight": trial.suggest_float("scale_pos_weight", 1.0, 40.0),
    }
    cv = StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED)
    scores = []
    for i_fit, i_val in cv.split(X_train, y_train):
        model = xgb.XGBClassifier(**params, tree_method="hist", enable_categorical=True,
                                  eval_metric="aucpr", random_state=SEED, n_jobs=-1)
        model.fit(X_train.iloc[i_fit], y_train.iloc[i_fit])
        scores.append(average_precision_score(y_train.iloc[i_val], model.predict_proba(X_train.iloc[i_val])[:, 1]))
    return float(np.mean(scores))


optuna.logging.set_verbosity(optuna.logging.WARNING)
study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=SEED))
study.optimize(objective, n_trials=N_TRIALS, show_progress_bar=False)
print("best CV PR-AUC (train part):", round(study.best_value, 4))
print("best params:", study.best_params)
with open("best_params.json", "w") as fh:
    json.dump(study.best_params, fh, indent=2)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

best = xgb.XGBClassifier(**study.best_params, tree_method="hist", enable_categorical=True,
                         eval_metric="aucpr", random_state=SEED, n_jobs=-1)
best.fit(X_train, y_train)
p_test = best.predict_proba(X_test)[:, 1]
print(f"{'model':<12}{'PR-AUC':>8}{'ROC-AUC':>9}")
print(f"{'dummy':<12}{average_precision_score(y_test, p_dummy):>8.4f}{roc_auc_score(y_test, p_dummy):>9.4f}")
print(f"{'xgb tuned':<12}{average_precision_score(y_test, p_test):>8.4f}{roc_auc_score(y_test, p_test):>9.4f}")

best.fit(X, y)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": best.predict_proba(test[CATS + NUMS])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
print("predictions.csv written")
