# Iris flower classification with a decision tree
# quick demo from the "ML in 10 lines" series, with a held-out test set

import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, plot_tree
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix

iris = pd.read_csv("iris.csv")
print(iris.head())
print(iris["species"].value_counts())

sns.pairplot(iris, hue="species")
plt.show()

X = iris[["sepal_length", "sepal_width", "petal_length", "petal_width"]]
y = iris["species"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

tree = DecisionTreeClassifier(max_depth=4, random_state=0)
tree.fit(X_train, y_train)
pred = tree.predict(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("Tree accuracy :", accuracy_score(y_test, pred))
print("Dummy accuracy:", accuracy_score(y_test, dummy.predict(X_test)))
print(classification_report(y_test, pred))
print(confusion_matrix(y_test, pred))

plt.figure(figsize=(14, 8))
plot_tree(tree, feature_names=X.columns, class_names=tree.classes_, filled=True)
plt.show()

new_flower = pd.DataFrame([[5.1, 3.5, 1.4, 0.2]], columns=X.columns)
print("Prediction for new flower:", tree.predict(new_flower)[0])
