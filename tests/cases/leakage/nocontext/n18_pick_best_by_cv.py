import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("heart.csv")
X = df.drop("target", axis=1)
y = df["target"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)
models = {"lr": LogisticRegression(max_iter=1000), "svc": SVC(), "knn": KNeighborsClassifier()}
cv = {name: cross_val_score(m, X_train, y_train, cv=5).mean() for name, m in models.items()}
best = models[max(cv, key=cv.get)]
best.fit(X_train, y_train)
print("test accuracy", accuracy_score(y_test, best.predict(X_test)))
