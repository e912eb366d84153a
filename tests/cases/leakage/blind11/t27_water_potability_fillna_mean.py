# Water potability - KNN and SVM classifier
# data: https://www.kaggle.com/adityakadiwal/water-potability
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import accuracy_score, f1_score, confusion_matrix

water = pd.read_csv("water_potability.csv")
print(water.info())
print(water.isnull().sum())

sns.heatmap(water.isnull(), cbar=False)
plt.savefig("missing.png")
plt.close()

# ph, Sulfate and Trihalomethanes have missing values -> fill with the column mean
water = water.fillna(water.mean())
print(water.isnull().sum().sum(), "missing left")

print(water.Potability.value_counts())

fig, axes = plt.subplots(3, 3, figsize=(14, 10))
for ax, col in zip(axes.ravel(), water.columns[:-1]):
    sns.kdeplot(data=water, x=col, hue="Potability", ax=ax, common_norm=False)
plt.tight_layout()
plt.savefig("kde.png")
plt.close()

X = water.drop("Potability", axis=1)
y = water["Potability"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=101, stratify=y)

knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=15, weights="distance"))
knn.fit(X_train, y_train)
pred = knn.predict(X_test)

print("accuracy", accuracy_score(y_test, pred))
print("f1      ", f1_score(y_test, pred))
print(confusion_matrix(y_test, pred))
