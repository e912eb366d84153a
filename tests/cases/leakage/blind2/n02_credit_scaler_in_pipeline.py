import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import cross_val_score, StratifiedKFold
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier

credit = pd.read_csv("credit.csv")
X = credit.drop(columns=["default"])
y = credit["default"]
cv = StratifiedKFold(5, shuffle=True, random_state=0)
knn = make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25))
print("knn", cross_val_score(knn, X, y, cv=cv, scoring="roc_auc").mean())
print("dummy", cross_val_score(DummyClassifier(), X, y, cv=cv, scoring="roc_auc").mean())
