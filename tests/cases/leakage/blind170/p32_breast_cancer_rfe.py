"""Wisconsin Diagnostic Breast Cancer (data.csv from Kaggle).

Recursive feature elimination down to 10 features, then a random forest.
"""
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, roc_auc_score
from sklearn.model_selection import train_test_split

data = pd.read_csv("data.csv")
data = data.drop(columns=["id", "Unnamed: 32"])
data["diagnosis"] = data["diagnosis"].map({"M": 1, "B": 0})

print(data.shape)
print(data["diagnosis"].value_counts())

# many of the 30 features are nearly duplicates (radius / perimeter / area)
corr = data.drop(columns="diagnosis").corr().abs()
plt.figure(figsize=(14, 12))
sns.heatmap(corr, cmap="viridis")
plt.savefig("corr.png")

x = data.drop(columns="diagnosis")
y = data["diagnosis"]

rfe = RFE(estimator=RandomForestClassifier(n_estimators=100, random_state=43), n_features_to_select=10, step=1)
rfe = rfe.fit(x, y)
chosen = x.columns[rfe.support_]
print("Chosen by RFE:", list(chosen))

x_train, x_test, y_train, y_test = train_test_split(x[chosen], y, test_size=0.3, random_state=42)

clf = RandomForestClassifier(n_estimators=300, random_state=43)
clf.fit(x_train, y_train)

pred = clf.predict(x_test)
proba = clf.predict_proba(x_test)[:, 1]
print("Accuracy:", round(accuracy_score(y_test, pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred, target_names=["benign", "malignant"]))

cm = confusion_matrix(y_test, pred)
sns.heatmap(cm, annot=True, fmt="d")
plt.savefig("confusion.png")
