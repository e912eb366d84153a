# Heart Disease UCI (Kaggle heart.csv) - try a bunch of classifiers and keep the best one
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, AdaBoostClassifier, GradientBoostingClassifier
from sklearn.naive_bayes import GaussianNB
from sklearn.metrics import accuracy_score, roc_auc_score, confusion_matrix, classification_report

heart = pd.read_csv("heart.csv")
print(heart.shape)
print(heart.describe().T)

plt.figure(figsize=(12, 9))
sns.heatmap(heart.corr(), annot=True, fmt=".2f", cmap="coolwarm")
plt.show()

# one-hot the nominal columns (cp, thal, slope)
heart = pd.get_dummies(heart, columns=["cp", "thal", "slope"], drop_first=True)
X = heart.drop("target", axis=1)
y = heart["target"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.transform(X_test)

models = {
    "Logistic Regression": LogisticRegression(max_iter=1000),
    "KNN": KNeighborsClassifier(n_neighbors=7),
    "SVM": SVC(probability=True),
    "Decision Tree": DecisionTreeClassifier(max_depth=4),
    "Random Forest": RandomForestClassifier(n_estimators=300, random_state=5),
    "AdaBoost": AdaBoostClassifier(n_estimators=200),
    "Gradient Boosting": GradientBoostingClassifier(),
    "Naive Bayes": GaussianNB(),
}

acc = {}
auc = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    acc[name] = accuracy_score(y_test, model.predict(X_test))
    auc[name] = roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])
    print(f"{name:20s} acc={acc[name]:.3f} auc={auc[name]:.3f}")

summary = pd.DataFrame({"accuracy": acc, "roc_auc": auc}).sort_values("accuracy", ascending=False)
summary["accuracy"].plot(kind="bar", figsize=(10, 4), ylim=(0.6, 1.0), title="Test accuracy")
plt.show()

best_name = summary.index[0]
print("Best model:", best_name)

# tune k for KNN a bit more
knn_scores = []
for k in range(1, 31):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train)
    knn_scores.append(accuracy_score(y_test, knn.predict(X_test)))
best_k = int(np.argmax(knn_scores)) + 1
plt.plot(range(1, 31), knn_scores, marker="o")
plt.xlabel("k"); plt.ylabel("test accuracy")
plt.show()
print("best k:", best_k, "acc:", max(knn_scores))

# small grid on the winner
if best_name == "Random Forest":
    grid = GridSearchCV(RandomForestClassifier(random_state=5),
                        {"n_estimators": [100, 300, 500], "max_depth": [None, 4, 6, 8]}, cv=5)
    grid.fit(X_train, y_train)
    final_model = grid.best_estimator_
else:
    final_model = models[best_name]

pred = final_model.predict(X_test)
print("\nFINAL MODEL:", final_model)
print("Test accuracy: %.3f" % accuracy_score(y_test, pred))
print("Test ROC AUC : %.3f" % roc_auc_score(y_test, final_model.predict_proba(X_test)[:, 1]))
print(classification_report(y_test, pred))
sns.heatmap(confusion_matrix(y_test, pred), annot=True, fmt="d", cbar=False)
plt.show()
