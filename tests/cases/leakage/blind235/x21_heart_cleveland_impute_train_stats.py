"""Cleveland heart disease (UCI processed.cleveland.data) - SVM / kNN / LR.

ca and thal contain '?' -> impute and standardise with statistics of the
training rows, apply the same numbers to the hold-out rows.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC
from sklearn.neighbors import KNeighborsClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, recall_score, precision_score

COLS = ["age", "sex", "cp", "trestbps", "chol", "fbs", "restecg", "thalach",
        "exang", "oldpeak", "slope", "ca", "thal", "num"]
NUMERIC = ["age", "trestbps", "chol", "thalach", "oldpeak", "ca"]
NOMINAL = ["cp", "restecg", "slope", "thal"]


def load(path="processed.cleveland.data"):
    df = pd.read_csv(path, names=COLS)
    df = df.replace("?", np.nan)
    df[["ca", "thal"]] = df[["ca", "thal"]].astype(float)
    df["target"] = (df["num"] > 0).astype(int)
    return df.drop(columns="num")


def fit_stats(train_df):
    """everything learned from data comes from the training frame only"""
    return {
        "fill": train_df.drop(columns="target").mean().round(),
        "mu": train_df[NUMERIC].mean(),
        "sd": train_df[NUMERIC].std(),
    }


def clean(df, stats):
    df = df.copy()
    df = df.fillna(stats["fill"])
    df[NUMERIC] = (df[NUMERIC] - stats["mu"]) / stats["sd"]
    df = pd.get_dummies(df, columns=NOMINAL, drop_first=True, dtype=float)
    return df


def scores(y_true, pred, proba):
    return {
        "accuracy": accuracy_score(y_true, pred),
        "auc": roc_auc_score(y_true, proba),
        "precision": precision_score(y_true, pred, zero_division=0),
        "recall": recall_score(y_true, pred),
    }


def main():
    raw = load()
    print(raw.shape, "| missing:", raw.isna().sum().to_dict())
    print(raw["target"].value_counts())

    train_raw, test_raw = train_test_split(raw, test_size=0.25, stratify=raw["target"], random_state=3)
    stats = fit_stats(train_raw)
    train = clean(train_raw, stats)
    test = clean(test_raw, stats).reindex(columns=train.columns, fill_value=0.0)

    X_tr, y_tr = train.drop(columns="target"), train["target"]
    X_te, y_te = test.drop(columns="target"), test["target"]

    majority = int(y_tr.mean() >= 0.5)
    print("majority-class baseline accuracy: %.3f" % (y_te == majority).mean())

    zoo = {
        "svm_rbf": SVC(C=1.0, gamma="scale", probability=True, random_state=3),
        "svm_lin": SVC(kernel="linear", C=0.1, probability=True, random_state=3),
        "knn_9": KNeighborsClassifier(n_neighbors=9),
        "logreg": LogisticRegression(C=0.3, max_iter=1000),
    }
    table = {}
    for name, clf in zoo.items():
        clf.fit(X_tr, y_tr)
        table[name] = scores(y_te, clf.predict(X_te), clf.predict_proba(X_te)[:, 1])

    out = pd.DataFrame(table).T.round(3)
    print(out)
    return out


if __name__ == "__main__":
    main()
