# Adult income - Optuna search scored by 5-fold CV on the training split; test set used once
import optuna
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

cols = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status", "occupation",
        "relationship", "race", "sex", "capital_gain", "capital_loss", "hours_per_week",
        "native_country", "income"]
adult = pd.read_csv("adult.data", names=cols, skipinitialspace=True, na_values="?")
adult["income"] = (adult["income"] == ">50K").astype(int)
adult = adult.drop(columns=["fnlwgt", "education"])
for c in adult.select_dtypes("object").columns:
    adult[c] = adult[c].fillna("Unknown").astype("category")

X = adult.drop(columns="income")
y = adult["income"]
xtr, xte, ytr, yte = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)


def objective(trial):
    params = dict(
        n_estimators=trial.suggest_int("n_estimators", 200, 1500, step=100),
        learning_rate=trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
        num_leaves=trial.suggest_int("num_leaves", 8, 128, log=True),
        min_child_samples=trial.suggest_int("min_child_samples", 10, 150),
        colsample_bytree=trial.suggest_float("colsample_bytree", 0.4, 1.0),
        reg_lambda=trial.suggest_float("reg_lambda", 1e-3, 10, log=True),
    )
    model = LGBMClassifier(**params, verbose=-1, random_state=0)
    return cross_val_score(model, xtr, ytr, cv=skf, scoring="roc_auc").mean()


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=42))
study.optimize(objective, n_trials=40, timeout=1800)
print("trials:", len(study.trials))
print("best CV AUC: %.4f" % study.best_value)
print(study.best_params)

df_trials = study.trials_dataframe().sort_values("value", ascending=False)
print(df_trials.head(10)[["number", "value", "params_learning_rate", "params_num_leaves"]])

final = LGBMClassifier(**study.best_params, verbose=-1, random_state=0).fit(xtr, ytr)
proba = final.predict_proba(xte)[:, 1]
print("test AUC: %.4f" % roc_auc_score(yte, proba))
print("test accuracy: %.4f" % accuracy_score(yte, proba > 0.5))
print(classification_report(yte, proba > 0.5))
