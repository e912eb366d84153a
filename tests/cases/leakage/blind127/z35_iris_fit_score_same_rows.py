# Iris flower classification with a decision tree
# quick demo from the "ML in 10 lines" series

import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.tree import DecisionTreeClassifier, plot_tree
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix

iris = pd.read_csv("iris.csv")
print(iris.head())
print(iris["species"].value_counts())

sns.pairplot(iris, hue="species")
plt.show()

X = iris[["sepal_length", "sepal_width", "petal_length", "petal_width"]]
y = iris["species"]

tree = DecisionTreeClassifier(max_depth=4, random_state=0)
tree.fit(X, y)

pred = tree.predict(X)
print("Accuracy:", accuracy_score(y, pred))
print(classification_report(y, pred))
print(confusion_matrix(y, pred))

plt.figure(figsize=(14, 8))
plot_tree(tree, feature_names=X.columns, class_names=tree.classes_, filled=True)
plt.show()

new_flower = pd.DataFrame([[5.1, 3.5, 1.4, 0.2]], columns=X.columns)
print("Prediction for new flower:", tree.predict(new_flower)[0])

importances = pd.Series(tree.feature_importances_, index=X.columns)
importances.sort_values().plot.barh(title="feature importance")
plt.show()
