"""Heart Disease UCI (303 patients) - KNN classifier.

Includes a PCA projection of the whole dataset for a quick visual check.
"""
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("heart.csv")
print(df.shape)
print(df.describe().T)
print(df["target"].value_counts())

# categorical codes -> one-hot (stateless)
df = pd.get_dummies(df, columns=["cp", "thal", "slope", "restecg", "ca"], drop_first=True)

X = df.drop(columns=["target"])
y = df["target"]

# --- visual check: do the classes separate at all? -------------------------
Z = PCA(n_components=2).fit_transform(StandardScaler().fit_transform(X))
plt.figure(figsize=(6, 5))
plt.scatter(Z[:, 0], Z[:, 1], c=y, cmap="coolwarm", alpha=0.7)
plt.xlabel("PC1")
plt.ylabel("PC2")
plt.title("PCA of all patients")
plt.savefig("pca_all.png")
plt.close()

# --- model -------------------------------------------------------------------
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=0, stratify=y)

sc = StandardScaler()
X_train = sc.fit_transform(X_train)
X_test = sc.fit_transform(X_test)

dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("Baseline accuracy (majority):", accuracy_score(y_test, dummy.predict(X_test)))

knn = KNeighborsClassifier(n_neighbors=9, weights="distance")
knn.fit(X_train, y_train)
pred = knn.predict(X_test)
proba = knn.predict_proba(X_test)[:, 1]

print("KNN accuracy:", round(accuracy_score(y_test, pred), 3))
print("KNN F1      :", round(f1_score(y_test, pred), 3))
print("KNN ROC AUC :", round(roc_auc_score(y_test, proba), 3))

errors = np.where(pred != y_test.values)[0]
print(f"{len(errors)} misclassified patients out of {len(y_test)}")
