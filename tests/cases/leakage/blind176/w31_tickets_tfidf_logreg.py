"""Support ticket priority (P1-P4) from ticket text + account metadata.

Model: TF-IDF (word + char n-grams) and one-hot metadata -> multinomial logistic regression.
Validation: accounts are split so no account has tickets on both sides.
"""
import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import OneHotEncoder

TARGET = "priority"
META_CAT = ["channel", "product_area", "plan_tier", "language"]
META_NUM = ["account_age_days", "n_attachments", "seats"]


def load():
    train = pd.read_csv("tickets_train.csv")
    test = pd.read_csv("tickets_test.csv")
    for df in (train, test):
        df["text"] = (df["subject"].fillna("") + " . " + df["body"].fillna("")).str.lower()
        df["log_seats"] = np.log1p(df["seats"])
        df["has_attachment"] = (df["n_attachments"] > 0).astype(int)
        df["shouting"] = df["subject"].fillna("").str.count(r"[A-Z]{4,}")
    return train, test


def vectorize(df):
    word = TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=60000, sublinear_tf=True)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=5, max_features=60000,
                           sublinear_tf=True)
    ohe = OneHotEncoder(handle_unknown="ignore")
    Xw = word.fit_transform(df["text"])
    Xc = char.fit_transform(df["text"])
    Xm = ohe.fit_transform(df[META_CAT])
    Xn = sp.csr_matrix(df[["log_seats", "has_attachment", "shouting"]].values)
    X = sp.hstack([Xw, Xc, Xm, Xn]).tocsr()
    return X, (word, char, ohe)


def transform(df, fitted):
    word, char, ohe = fitted
    Xn = sp.csr_matrix(df[["log_seats", "has_attachment", "shouting"]].values)
    return sp.hstack([word.transform(df["text"]), char.transform(df["text"]),
                      ohe.transform(df[META_CAT]), Xn]).tocsr()


def main():
    train, test = load()
    print(train[TARGET].value_counts().sort_index())

    X, fitted = vectorize(train)
    y = train[TARGET].values
    print("matrix", X.shape)

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
    tr, va = next(gss.split(X, y, groups=train["account_id"]))

    clf = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    clf.fit(X[tr], y[tr])
    pred = clf.predict(X[va])

    dummy = DummyClassifier(strategy="most_frequent").fit(X[tr], y[tr])
    print("dummy (most frequent) macro-F1: %.3f" % f1_score(y[va], dummy.predict(X[va]), average="macro"))
    print("logreg                macro-F1: %.3f" % f1_score(y[va], pred, average="macro"))
    print(classification_report(y[va], pred, digits=3))

    clf.fit(X, y)
    out = pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict(transform(test, fitted))})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
