"""Adult income - smoothed target encoding for the high-cardinality columns.

The encoding table is learned from the training rows only; unseen categories
in the test rows fall back to the training prior.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler

cols = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status",
        "occupation", "relationship", "race", "sex", "capital_gain", "capital_loss",
        "hours_per_week", "native_country", "income"]
df = pd.read_csv("adult.data", names=cols, skipinitialspace=True, na_values="?")
df = df.fillna("Unknown")  # constant category for the missing workclass/occupation/country
df["income"] = (df["income"].str.strip() == ">50K").astype(int)
df["log_capital_gain"] = np.log1p(df["capital_gain"])
df["log_capital_loss"] = np.log1p(df["capital_loss"])

train, test = train_test_split(df, test_size=0.25, stratify=df["income"], random_state=21)
train, test = train.copy(), test.copy()

TE_COLS = ["occupation", "native_country", "education"]
prior = train["income"].mean()
M = 20  # smoothing strength


def fit_target_encoding(frame, col):
    stats = frame.groupby(col)["income"].agg(["sum", "count"])
    return (stats["sum"] + M * prior) / (stats["count"] + M)


for col in TE_COLS:
    table = fit_target_encoding(train, col)
    train[col + "_te"] = train[col].map(table)
    test[col + "_te"] = test[col].map(table).fillna(prior)

NUM = ["age", "education_num", "hours_per_week", "log_capital_gain", "log_capital_loss"] + [c + "_te" for c in TE_COLS]
CAT = ["workclass", "marital_status", "relationship", "race", "sex"]

ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(train[CAT])
scaler = StandardScaler().fit(train[NUM])


def design(frame):
    return np.hstack([scaler.transform(frame[NUM]), ohe.transform(frame[CAT])])


X_train, X_test = design(train), design(test)
y_train, y_test = train["income"].values, test["income"].values

clf = LogisticRegression(max_iter=3000, C=0.5).fit(X_train, y_train)
base = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

p = clf.predict_proba(X_test)[:, 1]
print("baseline accuracy: %.4f" % accuracy_score(y_test, base.predict(X_test)))
print("logreg accuracy  : %.4f" % accuracy_score(y_test, (p > 0.5).astype(int)))
print("logreg ROC AUC   : %.4f" % roc_auc_score(y_test, p))
