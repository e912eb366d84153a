# TCGA pan-cancer RNA-seq (801 samples x 20531 genes) -> tumour type (5 classes)
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X = pd.read_csv("TCGA-PANCAN-HiSeq-801x20531/data.csv", index_col=0)
labels = pd.read_csv("TCGA-PANCAN-HiSeq-801x20531/labels.csv", index_col=0)["Class"]
assert (X.index == labels.index).all()
print(labels.value_counts())

# drop genes that are zero everywhere
X = X.loc[:, (X != 0).any(axis=0)]
print("genes kept:", X.shape[1])

Xs = StandardScaler().fit_transform(np.log2(X + 1))
pca = PCA(n_components=50, random_state=0)
Z = pca.fit_transform(Xs)
print("variance explained by 50 PCs:", pca.explained_variance_ratio_.sum().round(3))

plt.figure(figsize=(6, 5))
for cls in labels.unique():
    m = (labels == cls).values
    plt.scatter(Z[m, 0], Z[m, 1], s=8, label=cls)
plt.legend(); plt.xlabel("PC1"); plt.ylabel("PC2")
plt.savefig("pca_scatter.png")

plt.figure(figsize=(6, 3))
plt.plot(np.arange(1, 51), np.cumsum(pca.explained_variance_ratio_), "o-", ms=3)
plt.xlabel("n components"); plt.ylabel("cum. explained variance")
plt.tight_layout()
plt.savefig("pca_scree.png")

# genes with the largest loadings on PC1 / PC2 (for the write-up)
genes = X.columns
for k in range(2):
    top = np.argsort(np.abs(pca.components_[k]))[::-1][:10]
    print(f"PC{k + 1} top genes:", list(genes[top]))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
svc = SVC(kernel="rbf", C=10, gamma="scale")
acc = cross_val_score(svc, Z, labels, cv=cv, scoring="accuracy")
f1m = cross_val_score(svc, Z, labels, cv=cv, scoring="f1_macro")
print(f"SVC on 50 PCs  acc {acc.mean():.4f}  macro-F1 {f1m.mean():.4f}")

dummy_acc = cross_val_score(DummyClassifier(strategy="most_frequent"), Z, labels, cv=cv, scoring="accuracy")
print(f"majority class acc {dummy_acc.mean():.4f}")
