#!/usr/bin/env python
"""Advertising click prediction - which classifier is best?

Data: advertising.csv (Daily Time Spent on Site, Age, Area Income,
Daily Internet Usage, Ad Topic Line, City, Male, Country, Timestamp, Clicked on Ad)
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score

ads = pd.read_csv("advertising.csv")
print(ads.describe().T)

num_cols = ["Daily Time Spent on Site", "Age", "Area Income", "Daily Internet Usage", "Male"]
ads["topic_len"] = ads["Ad Topic Line"].str.split().str.len()
feature_cols = num_cols + ["topic_len"]

X = ads[feature_cols].values
y = ads["Clicked on Ad"].values
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=101)

scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

candidates = {
    "baseline (most frequent)": DummyClassifier(strategy="most_frequent"),
    "logistic regression": LogisticRegression(max_iter=500),
    "knn (k=7)": KNeighborsClassifier(n_neighbors=7),
    "decision tree": DecisionTreeClassifier(max_depth=5, random_state=0),
    "random forest": RandomForestClassifier(n_estimators=300, random_state=0),
    "gradient boosting": GradientBoostingClassifier(random_state=0),
    "svm (rbf)": SVC(probability=True, random_state=0),
}

scores = {}
for name, clf in candidates.items():
    clf.fit(X_train_s, y_train)
    proba = clf.predict_proba(X_test_s)[:, 1]
    scores[name] = {
        "auc": roc_auc_score(y_test, proba),
        "acc": accuracy_score(y_test, (proba > 0.5).astype(int)),
    }

table = pd.DataFrame(scores).T.sort_values("auc", ascending=False)
print(table.round(4))

best_name = table.index[0]
best = candidates[best_name]
print(f"\nBest model: {best_name}")
print(f"Test AUC : {table.loc[best_name, 'auc']:.4f}")
print(f"Test acc : {table.loc[best_name, 'acc']:.4f}")

# save the winning model's predictions
out = pd.DataFrame({"row": np.arange(len(y_test)),
                    "clicked_proba": best.predict_proba(X_test_s)[:, 1]})
out.to_csv("ad_click_predictions.csv", index=False)
