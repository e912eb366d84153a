# Hyperparameter optimisation with Optuna in 40 lines
# ====================================================
#
# Optuna uses a Tree-structured Parzen Estimator to propose promising hyperparameters instead of trying
# every grid point. You only write an `objective(trial)` function that returns a score.

import optuna
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

X, y = make_classification(n_samples=4000, n_features=25, n_informative=10, random_state=5)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)

def objective(trial):
    params = {
        "n_estimators": trial.suggest_int("n_estimators", 50, 600),
        "learning_rate": trial.suggest_float("learning_rate", 1e-3, 0.3, log=True),
        "max_depth": trial.suggest_int("max_depth", 2, 8),
        "subsample": trial.suggest_float("subsample", 0.5, 1.0),
    }
    model = GradientBoostingClassifier(random_state=5, **params)
    model.fit(X_train, y_train)
    return accuracy_score(y_test, model.predict(X_test))


study = optuna.create_study(direction="maximize")
study.optimize(objective, n_trials=60)

print("Best hyperparameters:", study.best_params)
print("Best test accuracy  : %.4f" % study.best_value)

importances = optuna.importance.get_param_importances(study)
for name, value in importances.items():
    print(f"  {name:15s} {value:.3f}")
