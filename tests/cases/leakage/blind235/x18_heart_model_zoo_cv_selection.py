# Heart Disease UCI (Kaggle heart.csv) - try a bunch of classifiers, pick one by
# cross-validation on the training set, then score the test set once.
import joblib
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold, GridSearchCV
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, AdaBoostClassifier, GradientBoostingClassifier
from sklearn.naive_bayes import GaussianNB
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix, classification_report

heart = pd.read_csv("heart.csv")
print(heart.shape)

plt.figure(figsize=(12, 9))
sns.heatmap(heart.corr(), annot=True, fmt=".2f", cmap="coolwarm")
plt.show()

heart = pd.get_dummies(heart, columns=["cp", "thal", "slope"], drop_first=True)
X = heart.drop("target", axis=1)
y = heart["target"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5, stratify=y)

scaled = lambda m: make_pipeline(StandardScaler(), m)
models = {
    "Majority baseline": DummyClassifier(strategy="most_frequent"),
    "Logistic Regression": scaled(LogisticRegression(max_iter=1000)),
    "KNN": scaled(KNeighborsClassifier(n_neighbors=7)),
    "SVM": scaled(SVC(probability=True)),
    "Decision Tree": DecisionTreeClassifier(max_depth=4),
    "Random Forest": RandomForestClassifier(n_estimators=300, random_state=5),
    "AdaBoost": AdaBoostClassifier(n_estimators=200),
    "Gradient Boosting": GradientBoostingClassifier(),
    "Naive Bayes": GaussianNB(),
}

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=5)
cv_acc = {}
for name, model in models.items():
    s = cross_val_score(model, X_train, y_train, cv=cv, scoring="accuracy")
    cv_acc[name] = s.mean()
    print(f"{name:20s} CV acc={s.mean():.3f} +/- {s.std():.3f}")

summary = pd.Series(cv_acc).sort_values(ascending=False)
summary.plot(kind="bar", figsize=(10, 4), ylim=(0.4, 1.0), title="10-fold CV accuracy (train)")
plt.show()

best_name = summary.drop("Majority baseline").index[0]
print("Chosen by CV:", best_name)

# tune k for KNN with CV as well
knn_grid = GridSearchCV(scaled(KNeighborsClassifier()),
                        {"kneighborsclassifier__n_neighbors": list(range(1, 31))},
                        cv=cv, scoring="accuracy")
knn_grid.fit(X_train, y_train)
print("KNN best k (CV):", knn_grid.best_params_, round(knn_grid.best_score_, 3))

final_model = models[best_name]
if knn_grid.best_score_ > cv_acc[best_name]:
    final_model, best_name = knn_grid.best_estimator_, "KNN (tuned)"

final_model.fit(X_train, y_train)
pred = final_model.predict(X_test)
print("\nFINAL MODEL:", best_name)
print("Test accuracy: %.3f" % accuracy_score(y_test, pred))
print("Test ROC AUC : %.3f" % roc_auc_score(y_test, final_model.predict_proba(X_test)[:, 1]))
base = models["Majority baseline"].fit(X_train, y_train)
print("Baseline test accuracy: %.3f" % accuracy_score(y_test, base.predict(X_test)))
print(classification_report(y_test, pred))
sns.heatmap(confusion_matrix(y_test, pred), annot=True, fmt="d", cbar=False)
plt.show()

# evaluation done -> refit the chosen model on every labelled row for deployment
final_model.fit(X, y)
joblib.dump(final_model, "heart_model.joblib")
print("saved model trained on", len(X), "rows")
