# Mushroom classification (UCI Agaricus/Lepiota) - edible or poisonous?
# One-hot encoded categorical attributes + decision tree.

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier, plot_tree, export_text
from sklearn.metrics import accuracy_score, confusion_matrix, classification_report

mushrooms = pd.read_csv("input/mushrooms.csv")
print(mushrooms.shape)
print(mushrooms["class"].value_counts())

mushrooms = mushrooms.drop(columns=["veil-type"])

fig, axes = plt.subplots(1, 3, figsize=(16, 4))
for ax, col in zip(axes, ["odor", "spore-print-color", "gill-color"]):
    sns.countplot(data=mushrooms, x=col, hue="class", ax=ax)
plt.tight_layout()
plt.savefig("mushroom_counts.png")

y = mushrooms["class"].map({"p": 1, "e": 0})
X = pd.get_dummies(mushrooms.drop(columns=["class"]))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)

# always predict the most common class seen in training
majority_class = y_train.mode()[0]
baseline_acc = accuracy_score(y_test, np.full(len(y_test), majority_class))
print("majority-class baseline accuracy:", round(baseline_acc, 4))

clf = DecisionTreeClassifier(max_depth=5, random_state=0)
clf.fit(X_train, y_train)
pred = clf.predict(X_test)

print("test accuracy:", accuracy_score(y_test, pred))
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, target_names=["edible", "poisonous"]))

print(export_text(clf, feature_names=list(X.columns), max_depth=3))

plt.figure(figsize=(20, 10))
plot_tree(clf, feature_names=X.columns, class_names=["edible", "poisonous"], filled=True, max_depth=3)
plt.savefig("mushroom_tree.png")
