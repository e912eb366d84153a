# Stroke prediction - upsample the minority class, then train a decision tree

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import classification_report, roc_auc_score

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df.drop(columns=["id"])
df["bmi"] = df["bmi"].fillna(28.1)
df = pd.get_dummies(df, drop_first=True)
print(df["stroke"].value_counts())

majority = df[df["stroke"] == 0]
minority = df[df["stroke"] == 1]

minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up])
print(balanced["stroke"].value_counts())

balanced["stroke"].value_counts().plot.pie(autopct="%.1f%%")
plt.show()

X = balanced.drop("stroke", axis=1)
y = balanced["stroke"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=123)

tree = DecisionTreeClassifier(max_depth=8, random_state=123)
tree.fit(X_train, y_train)
pred = tree.predict(X_test)
proba = tree.predict_proba(X_test)[:, 1]

print(classification_report(y_test, pred))
print("AUC:", roc_auc_score(y_test, proba))

pd.Series(tree.feature_importances_, index=X.columns).nlargest(10).plot.barh()
plt.title("Decision tree importances")
plt.show()
