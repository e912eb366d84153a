import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

df = pd.read_csv("train.csv")
feats = [c for c in df.columns if c.startswith("v_")] + ["amount"]
X = StandardScaler().fit_transform(df[feats])
X = PCA(n_components=10, random_state=0).fit_transform(X)
y = df["is_fraud"]
cv = StratifiedKFold(5, shuffle=True, random_state=0)
print("PR AUC", cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=cv, scoring="average_precision").mean())
print("baseline", cross_val_score(DummyClassifier(), X, y, cv=cv, scoring="average_precision").mean())
