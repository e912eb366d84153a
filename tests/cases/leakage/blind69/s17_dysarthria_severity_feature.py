"""Dysarthria detection from the precomputed MFCC summary table.

train.csv: one row per clip, MFCC/spectral summaries + metadata.
Evaluation: 5-fold GroupKFold over speakers, logistic regression.
"""
import warnings

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
print(df.shape)
print(df.dtypes.value_counts())

categorical = ["gender", "mic", "recording_site"]
numeric = [c for c in df.select_dtypes("number").columns if c != "dysarthric"]
print("numeric features:", len(numeric))

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=0.5, max_iter=2000))])

X = df[numeric + categorical]
y = df["dysarthric"].astype(int)
groups = df["speaker_id"]

metrics = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    clf.fit(X.iloc[tr], y.iloc[tr])
    proba = clf.predict_proba(X.iloc[va])[:, 1]
    hard = (proba >= 0.5).astype(int)
    metrics.append(dict(
        fold=fold,
        auc=roc_auc_score(y.iloc[va], proba),
        f1=f1_score(y.iloc[va], hard),
        precision=precision_score(y.iloc[va], hard, zero_division=0),
        recall=recall_score(y.iloc[va], hard),
    ))

metrics = pd.DataFrame(metrics).set_index("fold")
print(metrics.round(3))
print("\nmean:\n", metrics.mean().round(3))

clf.fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({
    "clip_id": test["clip_id"],
    "prediction": clf.predict_proba(test[numeric + categorical])[:, 1],
}).to_csv("predictions.csv", index=False)
