"""
Women's E-Commerce Clothing Reviews: predict 'not recommended' from the review text.

60/20/20 split. C and the decision threshold are tuned on the validation part,
the test part is only touched by the final cell.
"""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import (
    classification_report,
    f1_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

RANDOM_STATE = 7


def load(path="Womens Clothing E-Commerce Reviews.csv"):
    df = pd.read_csv(path, index_col=0)
    df = df.dropna(subset=["Review Text"])
    df["text"] = df["Title"].fillna("") + " " + df["Review Text"]
    df["not_recommended"] = 1 - df["Recommended IND"]
    return df


def three_way_split(df, target):
    rest, test = train_test_split(df, test_size=0.2, stratify=df[target], random_state=RANDOM_STATE)
    train, val = train_test_split(rest, test_size=0.25, stratify=rest[target], random_state=RANDOM_STATE)
    return train, val, test


def fit_model(texts, labels, C):
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_df=0.95, sublinear_tf=True)
    X = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X, labels)
    return vec, clf


def proba(vec, clf, texts):
    return clf.predict_proba(vec.transform(texts))[:, 1]


reviews = load()
train, val, test = three_way_split(reviews, "not_recommended")
print({k: len(v) for k, v in dict(train=train, val=val, test=test).items()})
print("positive share (train):", train.not_recommended.mean().round(3))

# 1) choose C on validation
grid = [0.1, 0.3, 1, 3, 10, 30]
val_table = []
for C in grid:
    vec, clf = fit_model(train.text, train.not_recommended, C)
    p_val = proba(vec, clf, val.text)
    val_table.append((C, f1_score(val.not_recommended, p_val >= 0.5), roc_auc_score(val.not_recommended, p_val)))
val_table = pd.DataFrame(val_table, columns=["C", "val_f1", "val_auc"])
print(val_table.round(4))
best_C = val_table.loc[val_table.val_f1.idxmax(), "C"]

# 2) choose the threshold on validation too
vec, clf = fit_model(train.text, train.not_recommended, best_C)
p_val = proba(vec, clf, val.text)
ths = np.round(np.arange(0.2, 0.81, 0.02), 2)
f1_by_t = pd.Series([f1_score(val.not_recommended, p_val >= t) for t in ths], index=ths)
best_t = f1_by_t.idxmax()
print(f"C={best_C}, threshold={best_t}, val F1={f1_by_t.max():.4f}")

# 3) refit on train+val with the chosen settings, score test once
train_val = pd.concat([train, val])
vec, clf = fit_model(train_val.text, train_val.not_recommended, best_C)
p_test = proba(vec, clf, test.text)
y_hat = (p_test >= best_t).astype(int)

print("\nTEST")
print("F1        :", round(f1_score(test.not_recommended, y_hat), 4))
print("precision :", round(precision_score(test.not_recommended, y_hat), 4))
print("recall    :", round(recall_score(test.not_recommended, y_hat), 4))
print("ROC AUC   :", round(roc_auc_score(test.not_recommended, p_test), 4))
print(classification_report(test.not_recommended, y_hat, target_names=["recommended", "not recommended"]))
