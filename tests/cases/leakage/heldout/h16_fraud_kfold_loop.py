import numpy as np
import pandas as pd
from sklearn.model_selection import KFold
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

df = pd.read_csv("train.csv")
X = df[["amount", "distance_km", "merchant_risk"]].fillna(0).values
y = df["is_fraud"].values
scores = []
for tr, te in KFold(n_splits=5, shuffle=True, random_state=0).split(X):
    model = LogisticRegression(max_iter=1000).fit(X[tr], y[tr])
    scores.append(roc_auc_score(y[te], model.predict_proba(X[te])[:, 1]))
print("CV AUC", np.mean(scores), "(baseline AUC is 0.5)")
