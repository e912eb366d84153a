"""Cleveland heart disease (UCI processed.cleveland.data) - SVM / kNN / LR.

ca and thal contain '?' -> impute, standardise, then compare models on a
stratified hold-out.
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


def clean(df):
    df = df.copy()
    # fill the few gaps with the column mean / most common value
    df = df.fillna(df.mean(numeric_only=True).round())
    # z-score the continuous measurements
    df[NUMERIC] = (df[NUMERIC] - df[NUMERIC].mean()) / df[NUMERIC].std()
    df = pd.get_dummies(df, columns=NOMINAL, drop_first=True, dtype=float)
    return df


def scores(y_true, pred, proba):
    return {
        "accuracy": accuracy_score(y_true, pred),
        "auc": roc_auc_score(y_true, proba),
        "precision": precision_score(y_true, pred),
        "recall": recall_score(y_true, pred),
    }


def main():
    raw = load()
    print(raw.shape, "| missing:", raw.isna().sum().to_dict())
    print(raw["target"].value_counts())

    data = clean(raw)
    X = data.drop(columns="target")
    y = data["target"]

    X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

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
