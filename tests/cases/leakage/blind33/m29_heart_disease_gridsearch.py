# Heart disease (UCI Cleveland) - Random Forest with hyper-parameter tuning
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, classification_report

heart = pd.read_csv("heart.csv")
print(heart.shape)
print(heart.target.value_counts())
print(heart.isnull().sum().sum(), "missing values")

# one-hot the nominal columns
heart = pd.get_dummies(heart, columns=["cp", "restecg", "slope", "ca", "thal"], drop_first=True)

X = heart.drop("target", axis=1)
y = heart["target"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=5, stratify=y)

param_grid = {
    "n_estimators": [100, 300, 500],
    "max_depth": [None, 4, 6, 8],
    "min_samples_leaf": [1, 3, 5],
    "max_features": ["sqrt", 0.5],
}

grid = GridSearchCV(RandomForestClassifier(random_state=5), param_grid, cv=10,
                    scoring="accuracy", n_jobs=-1, verbose=1)
grid.fit(X, y)

print("Best parameters:", grid.best_params_)
print("Best CV accuracy: {:.3f}".format(grid.best_score_))

best_rf = grid.best_estimator_
y_pred = best_rf.predict(X_test)
y_prob = best_rf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
print("Dummy accuracy: {:.3f}".format(accuracy_score(y_test, dummy.predict(X_test))))
print("RF accuracy:    {:.3f}".format(accuracy_score(y_test, y_pred)))
print("RF F1:          {:.3f}".format(f1_score(y_test, y_pred)))
print("RF ROC AUC:     {:.3f}".format(roc_auc_score(y_test, y_prob)))
print(classification_report(y_test, y_pred))

cv_results = pd.DataFrame(grid.cv_results_)
print(cv_results.sort_values("rank_test_score")[["params", "mean_test_score", "std_test_score"]].head(10))

importances = pd.Series(best_rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))
