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
num_cols = ["age", "campaign", "pdays", "previous", "emp.var.rate", "cons.price.idx",
            "cons.conf.idx", "euribor3m", "nr.employed", "never_contacted"]

train_df, test_df = train_test_split(df, test_size=0.2, stratify=df["y"], random_state=0)
train_df, test_df = train_df.copy(), test_df.copy()

# mean-encode categoricals with rates learned on the training rows only (smoothed toward the
# overall train rate so rare categories don't get extreme values)
prior = train_df["y"].mean()
m = 20
for c in cat_cols:
    stats = train_df.groupby(c)["y"].agg(["sum", "count"])
    rate = (stats["sum"] + m * prior) / (stats["count"] + m)
    train_df[c + "_rate"] = train_df[c].map(rate)
    test_df[c + "_rate"] = test_df[c].map(rate).fillna(prior)

feat_cols = num_cols + [c + "_rate" for c in cat_cols]
X_train, y_train = train_df[feat_cols], train_df["y"]
X_test, y_test = test_df[feat_cols], test_df["y"]

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print("PR AUC  :", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.3).astype(int)))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dp = dummy.predict_proba(X_test)[:, 1]
print("dummy ROC AUC:", roc_auc_score(y_test, dp), " dummy PR AUC:", round(average_precision_score(y_test, dp), 4))
