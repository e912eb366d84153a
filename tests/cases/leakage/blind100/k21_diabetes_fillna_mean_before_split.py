# Pima Indians Diabetes - KNN classifier
# Zeros in Glucose, BloodPressure, SkinThickness, Insulin and BMI are really missing values.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score, confusion_matrix

diabetes = pd.read_csv("diabetes.csv")
print(diabetes.head())
print(diabetes.describe())
print(diabetes["Outcome"].value_counts())

diabetes.hist(figsize=(14, 10), bins=30)
plt.savefig("hist_before.png")
plt.close()

zero_as_missing = ["Glucose", "BloodPressure", "SkinThickness", "Insulin", "BMI"]
diabetes[zero_as_missing] = diabetes[zero_as_missing].replace(0, np.nan)
print(diabetes.isnull().sum())

# impute with the column means
diabetes = diabetes.fillna(diabetes.mean())

diabetes.hist(figsize=(14, 10), bins=30)
plt.savefig("hist_after.png")
plt.close()

plt.figure(figsize=(9, 7))
sns.heatmap(diabetes.corr(), annot=True, cmap="Greens")
plt.savefig("corr.png")
plt.close()

X = diabetes.drop("Outcome", axis=1)
y = diabetes["Outcome"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=1 / 3, random_state=42, stratify=y)

scaler = StandardScaler()
X_train_sc = scaler.fit_transform(X_train)
X_test_sc = scaler.transform(X_test)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train_sc, y_train)
print("Baseline accuracy:", accuracy_score(y_test, baseline.predict(X_test_sc)))

# k chosen by looking at the training curve (odd values only)
train_scores = []
for k in range(1, 30, 2):
    knn = KNeighborsClassifier(n_neighbors=k).fit(X_train_sc, y_train)
    train_scores.append(knn.score(X_train_sc, y_train))
plt.plot(range(1, 30, 2), train_scores)
plt.savefig("knn_train_curve.png")
plt.close()

knn = KNeighborsClassifier(n_neighbors=11)
knn.fit(X_train_sc, y_train)
knn_pred = knn.predict(X_test_sc)
print("KNN (k=11) accuracy:", accuracy_score(y_test, knn_pred))
print("KNN recall:", recall_score(y_test, knn_pred))
print(confusion_matrix(y_test, knn_pred))

knn_proba = knn.predict_proba(X_test_sc)[:, 1]
print("KNN ROC AUC:", roc_auc_score(y_test, knn_proba))

pd.DataFrame({"y_true": y_test.values, "knn_proba": knn_proba}).to_csv("knn_test_predictions.csv", index=False)
