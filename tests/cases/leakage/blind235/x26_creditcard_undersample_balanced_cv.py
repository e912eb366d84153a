# Credit card fraud - random under-sampling + model comparison
# 492 frauds vs 284k genuine transactions: build a balanced 50/50 subset by
# sampling as many genuine transactions as there are frauds, then compare
# classifiers with stratified 5-fold CV.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import classification_report, confusion_matrix

SEED = 2019

cc = pd.read_csv("input/creditcard.csv")
print(cc.shape)
print(cc["Class"].value_counts())

# shuffle then take all frauds + the same number of genuine rows
cc = cc.sample(frac=1, random_state=SEED)
fraud_df = cc.loc[cc["Class"] == 1]
non_fraud_df = cc.loc[cc["Class"] == 0][: len(fraud_df)]
balanced = pd.concat([fraud_df, non_fraud_df]).sample(frac=1, random_state=SEED)
print("balanced subset:", balanced.shape)
print(balanced["Class"].value_counts(normalize=True))

sns.countplot(x="Class", data=balanced)
plt.title("Equally distributed classes")
plt.show()

# correlations are readable now that the classes are balanced
plt.figure(figsize=(20, 14))
sns.heatmap(balanced.corr(), cmap="coolwarm_r", annot_kws={"size": 20})
plt.title("Sub-sample correlation matrix")
plt.show()

X = balanced.drop("Class", axis=1)
y = balanced["Class"]

classifiers = {
    "Dummy (stratified)": DummyClassifier(strategy="stratified", random_state=SEED),
    "LogisiticRegression": LogisticRegression(max_iter=2000),
    "KNearest": KNeighborsClassifier(),
    "Support Vector Classifier": SVC(probability=True),
    "DecisionTreeClassifier": DecisionTreeClassifier(max_depth=5),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
summary = {}
for key, clf in classifiers.items():
    pipe = make_pipeline(RobustScaler(), clf)
    auc = cross_val_score(pipe, X, y, cv=skf, scoring="roc_auc")
    rec = cross_val_score(pipe, X, y, cv=skf, scoring="recall")
    summary[key] = {"roc_auc": auc.mean(), "recall": rec.mean()}
    print(f"{key}: ROC AUC {auc.mean():.4f}  recall {rec.mean():.4f}")

summary = pd.DataFrame(summary).T.sort_values("roc_auc", ascending=False)
print(summary.round(4))

# out-of-fold predictions of the logistic regression
lr_pipe = make_pipeline(RobustScaler(), LogisticRegression(max_iter=2000))
oof = cross_val_predict(lr_pipe, X, y, cv=skf)
print(classification_report(y, oof, target_names=["No Fraud", "Fraud"]))
sns.heatmap(confusion_matrix(y, oof), annot=True, fmt="d", cmap="Blues")
plt.title("LogReg out-of-fold confusion matrix")
plt.show()
