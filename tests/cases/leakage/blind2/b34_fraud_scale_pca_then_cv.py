import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("train.csv")
X = df.drop(columns=["txn_id", "is_fraud", "chargeback_filed", "merchant_category", "channel"])
y = df.is_fraud

X_scaled = StandardScaler().fit_transform(X)
X_pca = PCA(n_components=10, random_state=0).fit_transform(X_scaled)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
print("logreg", cross_val_score(LogisticRegression(max_iter=1000), X_pca, y, cv=skf, scoring="roc_auc").mean())
print("dummy", cross_val_score(DummyClassifier(), X_pca, y, cv=skf, scoring="roc_auc").mean())
