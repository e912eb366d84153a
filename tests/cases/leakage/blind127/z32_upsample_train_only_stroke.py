# Stroke prediction - upsample the minority class of the training set, then train a decision tree

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import classification_report, roc_auc_score, recall_score

df = pd.read_csv("healthcare-dataset-stroke-data.csv")
df = df.drop(columns=["id"])
df["bmi"] = df["bmi"].fillna(28.1)
df = pd.get_dummies(df, drop_first=True)
print(df["stroke"].value_counts())

train_df, test_df = train_test_split(df, test_size=0.2, stratify=df["stroke"], random_state=123)

majority = train_df[train_df["stroke"] == 0]
minority = train_df[train_df["stroke"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print(train_bal["stroke"].value_counts())

X_train, y_train = train_bal.drop("stroke", axis=1), train_bal["stroke"]
X_test, y_test = test_df.drop("stroke", axis=1), test_df["stroke"]

tree = DecisionTreeClassifier(max_depth=8, random_state=123)
tree.fit(X_train, y_train)
pred = tree.predict(X_test)
proba = tree.predict_proba(X_test)[:, 1]

base = DummyClassifier(strategy="stratified", random_state=123).fit(X_train, y_train)

print(classification_report(y_test, pred))
print("Tree  AUC: %.3f  recall: %.3f" % (roc_auc_score(y_test, proba), recall_score(y_test, pred)))
print("Dummy recall: %.3f" % recall_score(y_test, base.predict(X_test)))

pd.Series(tree.feature_importances_, index=X_train.columns).nlargest(10).plot.barh()
plt.title("Decision tree importances")
plt.show()
