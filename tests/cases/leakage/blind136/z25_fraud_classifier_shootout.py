# Card fraud - classifier shoot-out
# 10-fold stratified CV for every model, mean and standard deviation of the fold
# scores, then a Friedman test across the models and a held-out check.
import json
import time

import numpy as np
import pandas as pd
from scipy.stats import friedmanchisquare
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

task = json.load(open("task.json"))
df = pd.read_csv("train.csv")
unlabeled = pd.read_csv("test.csv")

drop = [task["id_column"], task["target"]] + task["leaky_columns"]
X = pd.get_dummies(df.drop(columns=drop), columns=["merchant_category"], drop_first=True, dtype=float)
y = df[task["target"]]
X_unl = pd.get_dummies(unlabeled.drop(columns=[c for c in drop if c in unlabeled.columns]),
                       columns=["merchant_category"], drop_first=True, dtype=float).reindex(columns=X.columns, fill_value=0)

X_train, X_hold, y_train, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=10)

zoo = {
    "LogReg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "KNN": make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=15)),
    "NaiveBayes": GaussianNB(),
    "RandomForest": RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=0),
    "ExtraTrees": ExtraTreesClassifier(n_estimators=300, n_jobs=-1, random_state=0),
    "GBM": GradientBoostingClassifier(random_state=0),
}

skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=0)
fold_acc = {}
timing = {}
for name, model in zoo.items():
    t0 = time.time()
    fold_acc[name] = cross_val_score(model, X_train, y_train, cv=skf, scoring="accuracy", n_jobs=-1)
    timing[name] = time.time() - t0

table = pd.DataFrame({
    "cv_acc_mean": {k: v.mean() for k, v in fold_acc.items()},
    "cv_acc_std": {k: v.std() for k, v in fold_acc.items()},
    "seconds": timing,
}).sort_values("cv_acc_mean", ascending=False)
print(table.round(4))

stat, p = friedmanchisquare(*fold_acc.values())
print(f"Friedman chi2={stat:.2f}, p={p:.4g} -> models {'differ' if p < 0.05 else 'are indistinguishable'}")

best = table.index[0]
model = zoo[best].fit(X_train, y_train)
print(f"{best}: holdout accuracy = {accuracy_score(y_hold, model.predict(X_hold)):.4f}")

model.fit(X, y)
pd.DataFrame({task["id_column"]: unlabeled[task["id_column"]],
              "prediction": model.predict_proba(X_unl)[:, 1]}).to_csv("predictions.csv", index=False)
