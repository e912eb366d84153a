# Credit card fraud - random under-sampling + model comparison
# The under-sampler is a step of an imblearn Pipeline, so it only ever sees
# the training folds; every validation fold keeps the true 0.17% fraud rate.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.under_sampling import RandomUnderSampler
from sklearn.preprocessing import RobustScaler
from sklearn.model_selection import StratifiedKFold, cross_validate, cross_val_predict
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

sns.countplot(x="Class", data=cc)
plt.yscale("log")
plt.title("Class distribution (log scale)")
plt.show()

X = cc.drop("Class", axis=1)
y = cc["Class"]


def make(clf):
    return ImbPipeline([
        ("scale", RobustScaler()),
        ("under", RandomUnderSampler(sampling_strategy=1.0, random_state=SEED)),
        ("clf", clf),
    ])


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
    res = cross_validate(make(clf), X, y, cv=skf,
                         scoring=["roc_auc", "average_precision", "recall", "precision"], n_jobs=-1)
    summary[key] = {
        "roc_auc": res["test_roc_auc"].mean(),
        "pr_auc": res["test_average_precision"].mean(),
        "recall": res["test_recall"].mean(),
        "precision": res["test_precision"].mean(),
    }
    print(f"{key}: ROC AUC {summary[key]['roc_auc']:.4f}  PR AUC {summary[key]['pr_auc']:.4f}")

summary = pd.DataFrame(summary).T.sort_values("pr_auc", ascending=False)
print(summary.round(4))

oof = cross_val_predict(make(LogisticRegression(max_iter=2000)), X, y, cv=skf, n_jobs=-1)
print(classification_report(y, oof, target_names=["No Fraud", "Fraud"], digits=4))
sns.heatmap(confusion_matrix(y, oof), annot=True, fmt="d", cmap="Blues")
plt.title("LogReg out-of-fold confusion matrix (full imbalanced data)")
plt.show()
