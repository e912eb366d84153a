import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("heart.csv")
X = df.drop("target", axis=1)
y = df["target"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=5)
models = {"lr": LogisticRegression(max_iter=1000), "svc": SVC(), "knn": KNeighborsClassifier()}
best_acc, best_model = 0, None
for name, m in models.items():
    m.fit(X_train, y_train)
    acc = accuracy_score(y_test, m.predict(X_test))
    if acc > best_acc:
        best_acc, best_model = acc, name
print(best_model, best_acc)
