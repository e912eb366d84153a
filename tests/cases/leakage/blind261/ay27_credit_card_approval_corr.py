# Credit card approval prediction (Kaggle "clean_dataset.csv" version of UCI crx)
# Step 1: keep only features that correlate with Approved
# Step 2: LR / RF / KNN, compare with a dummy

import pandas as pd
import numpy as np
import seaborn as sns
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score

cards = pd.read_csv("clean_dataset.csv")
print(cards.head())
print(cards["Approved"].value_counts())

cards = cards.drop(columns=["ZipCode"])          # not useful
cards["Income_log"] = np.log1p(cards["Income"])
cards = pd.get_dummies(cards, columns=["Industry", "Ethnicity", "Citizen"], drop_first=True)

# --- correlation filter ---
corr = cards.corr(numeric_only=True)["Approved"].drop("Approved")
plt.figure(figsize=(6, 10))
corr.sort_values().plot.barh()
plt.title("correlation with Approved")
plt.show()

selected = corr[corr.abs() > 0.1].index.tolist()
print(len(selected), "features kept:", selected)

X = cards[selected]
y = cards["Approved"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, random_state=10, stratify=y)

clfs = [
    ("Dummy", DummyClassifier(strategy="most_frequent")),
    ("LogisticRegression", make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))),
    ("RandomForest", RandomForestClassifier(n_estimators=250, max_depth=6, random_state=10)),
    ("KNN", make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=9))),
]
for name, clf in clfs:
    clf.fit(X_tr, y_tr)
    pred = clf.predict(X_te)
    auc = roc_auc_score(y_te, clf.predict_proba(X_te)[:, 1])
    print(f"{name:20s} acc {accuracy_score(y_te, pred):.3f}  f1 {f1_score(y_te, pred):.3f}  auc {auc:.3f}")
