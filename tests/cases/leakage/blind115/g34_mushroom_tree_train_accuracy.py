# Mushroom classification (UCI Agaricus/Lepiota) - edible or poisonous?
# One-hot encoded categorical attributes + decision tree.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.tree import DecisionTreeClassifier, plot_tree, export_text
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report

mushrooms = pd.read_csv("input/mushrooms.csv")
print(mushrooms.shape)
print(mushrooms.head())
print(mushrooms.describe().T)

# 'veil-type' has a single value
mushrooms = mushrooms.drop(columns=["veil-type"])

fig, axes = plt.subplots(1, 3, figsize=(16, 4))
for ax, col in zip(axes, ["odor", "spore-print-color", "gill-color"]):
    sns.countplot(data=mushrooms, x=col, hue="class", ax=ax)
plt.tight_layout()
plt.savefig("mushroom_counts.png")

y = mushrooms["class"].map({"p": 1, "e": 0})
X = pd.get_dummies(mushrooms.drop(columns=["class"]))
print(X.shape)

majority = y.value_counts(normalize=True).max()
print("majority-class baseline accuracy:", round(majority, 4))

clf = DecisionTreeClassifier(max_depth=5, random_state=0)
clf.fit(X, y)
pred = clf.predict(X)

print("accuracy:", accuracy_score(y, pred))
print(confusion_matrix(y, pred))
print(classification_report(y, pred, target_names=["edible", "poisonous"]))

print(export_text(clf, feature_names=list(X.columns), max_depth=3))

plt.figure(figsize=(20, 10))
plot_tree(clf, feature_names=X.columns, class_names=["edible", "poisonous"], filled=True, max_depth=3)
plt.savefig("mushroom_tree.png")

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))
