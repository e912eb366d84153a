import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import cross_val_score, StratifiedKFold

# embeddings extracted from a ResNet50 backbone, one row per image
feats = pd.read_parquet("resnet_features.parquet")
labels = feats.pop("label")
paths = feats.pop("image_path")

X = StandardScaler().fit_transform(feats.values)
pca = PCA(n_components=128, random_state=0)
X_red = pca.fit_transform(X)
print("explained variance", pca.explained_variance_ratio_.sum())

clf = RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=0)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = cross_val_score(clf, X_red, labels, cv=cv, scoring="accuracy")
print(f"accuracy {scores.mean():.4f} +/- {scores.std():.4f}")
