"""Fashion-MNIST: does a 10-d UMAP embedding keep enough to classify with kNN?"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import umap
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsClassifier

train_csv = pd.read_csv("fashion-mnist_train.csv")
test_csv = pd.read_csv("fashion-mnist_test.csv")
data = pd.concat([train_csv, test_csv], ignore_index=True)
y = data.pop("label").values
X = data.values.astype(np.float32) / 255.0
print(X.shape)

reducer = umap.UMAP(n_components=10, n_neighbors=15, min_dist=0.0, metric="euclidean", random_state=42)
emb = reducer.fit_transform(X)

# 2-d version for the picture only
emb2 = umap.UMAP(n_components=2, random_state=42).fit_transform(X[:20000])
plt.figure(figsize=(7, 7))
plt.scatter(emb2[:, 0], emb2[:, 1], c=y[:20000], s=0.3, cmap="tab10")
plt.savefig("umap2d.png", dpi=150)

E_tr, E_te, y_tr, y_te = train_test_split(emb, y, test_size=10000, stratify=y, random_state=42)

knn = KNeighborsClassifier(n_neighbors=10, weights="distance", n_jobs=-1)
knn.fit(E_tr, y_tr)
pred = knn.predict(E_te)

base = DummyClassifier(strategy="most_frequent").fit(E_tr, y_tr)
print("kNN on UMAP-10 accuracy:", accuracy_score(y_te, pred))
print("most-frequent baseline :", accuracy_score(y_te, base.predict(E_te)))
print(classification_report(y_te, pred))

CLASSES = ["T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Boot"]
per_class = pd.Series(
    [accuracy_score(y_te[y_te == c], pred[y_te == c]) for c in range(10)], index=CLASSES
).sort_values()
print(per_class.round(3))

# shirts vs t-shirts vs pullovers are the usual confusion
conf = pd.crosstab(pd.Series(y_te, name="true"), pd.Series(pred, name="pred"))
conf.index = CLASSES
conf.columns = CLASSES
print(conf.loc[["T-shirt", "Shirt", "Pullover", "Coat"], ["T-shirt", "Shirt", "Pullover", "Coat"]])

np.save("umap10_embedding.npy", emb)
