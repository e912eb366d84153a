# Bank Marketing (UCI, bank-additional-full.csv): will the client subscribe a term deposit?
# Logistic regression with standardised numeric features.

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("bank-additional-full.csv", sep=";")
print(df.shape)
print(df["y"].value_counts(normalize=True))

# `duration` is only known after the call ends -> not usable for a realistic model
df = df.drop(columns=["duration"])
df["y"] = (df["y"] == "yes").astype(int)

# 999 in pdays means "never contacted before"
df["never_contacted"] = (df["pdays"] == 999).astype(int)
df["pdays"] = df["pdays"].replace(999, np.nan)
df = df.replace("unknown", np.nan)

num_cols = ["age", "campaign", "pdays", "previous", "emp.var.rate", "cons.price.idx",
            "cons.conf.idx", "euribor3m", "nr.employed"]
cat_cols = ["job", "marital", "education", "default", "housing", "loan", "contact",
            "month", "day_of_week", "poutcome"]

# impute numerics with the median and standardise
df[num_cols] = df[num_cols].fillna(df[num_cols].median())
df[num_cols] = (df[num_cols] - df[num_cols].mean()) / df[num_cols].std()

df = pd.get_dummies(df, columns=cat_cols, dummy_na=True, drop_first=True)

X = df.drop(columns="y")
y = df["y"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

majority = y_train.mode()[0]
print("majority-class baseline accuracy:", accuracy_score(y_test, np.full(len(y_test), majority)))
print("baseline ROC AUC: 0.5 (constant score)")

clf = LogisticRegression(max_iter=3000, C=0.3, class_weight="balanced")
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred))

coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
print("most negative:\n", coefs.head(8))
print("most positive:\n", coefs.tail(8))
