"""Bank marketing - will the client subscribe a term deposit?
UCI bank-additional-full.csv (sep=';')
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("data/bank-additional-full.csv", sep=";")
print(df.shape)
print(df["y"].value_counts(normalize=True))

df["y"] = (df["y"] == "yes").astype(int)

# 'duration' is only known after the call ends -> can't use it for a real prediction
df = df.drop(columns=["duration"])

df["never_contacted"] = (df["pdays"] == 999).astype(int)
df.loc[df["pdays"] == 999, "pdays"] = -1

cat_cols = ["job", "marital", "education", "default", "housing", "loan",
            "contact", "month", "day_of_week", "poutcome"]

# mean-encode categoricals: subscription rate per category
for c in cat_cols:
    df[c + "_rate"] = df.groupby(c)["y"].transform("mean")

num_cols = ["age", "campaign", "pdays", "previous", "emp.var.rate", "cons.price.idx",
            "cons.conf.idx", "euribor3m", "nr.employed", "never_contacted"]
feat_cols = num_cols + [c + "_rate" for c in cat_cols]

X = df[feat_cols]
y = df["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print("PR AUC  :", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.3).astype(int)))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dp = dummy.predict_proba(X_test)[:, 1]
print("dummy ROC AUC:", roc_auc_score(y_test, dp), " dummy PR AUC:", round(average_precision_score(y_test, dp), 4))
