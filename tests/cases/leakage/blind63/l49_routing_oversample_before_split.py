"""Ticket routing - embeddings + linear SVM, with the small queues oversampled.

The 'shipping' and 'other' queues are 4-6% of tickets each, and the classifier ignored them.
RandomOverSampler brings every queue up to the size of the largest one.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sentence_transformers import SentenceTransformer
from sklearn.metrics import classification_report, confusion_matrix, f1_score
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

SEED = 2024
ENCODER = "sentence-transformers/paraphrase-multilingual-mpnet-base-v2"


def texts(df):
    return (df["subject"].fillna("") + " | " + df["body"].fillna("")).tolist()


def encode(model, df):
    return model.encode(texts(df), batch_size=32, normalize_embeddings=True, show_progress_bar=True)


def main():
    df = pd.read_csv("train.csv")
    sub = pd.read_csv("test.csv")
    print("queue shares:\n", df["queue"].value_counts(normalize=True).round(3))

    enc = SentenceTransformer(ENCODER)
    X = encode(enc, df)
    X_sub = encode(enc, sub)
    chan = pd.get_dummies(df["channel"].fillna("web"), dtype=float)
    chan_sub = pd.get_dummies(sub["channel"].fillna("web"), dtype=float).reindex(columns=chan.columns, fill_value=0.0)
    X = np.hstack([X, chan.to_numpy()])
    X_sub = np.hstack([X_sub, chan_sub.to_numpy()])
    y = df["queue"].to_numpy()

    ros = RandomOverSampler(random_state=SEED)
    X_bal, y_bal = ros.fit_resample(X, y)
    print("after oversampling:", pd.Series(y_bal).value_counts().to_dict())

    X_tr, X_te, y_tr, y_te = train_test_split(X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=SEED)

    svm = LinearSVC(C=0.5, max_iter=20000)
    svm.fit(X_tr, y_tr)
    pred = svm.predict(X_te)
    print("macro-F1:", round(f1_score(y_te, pred, average="macro"), 4))
    print(classification_report(y_te, pred, digits=3))
    labels = sorted(set(y))
    print(pd.DataFrame(confusion_matrix(y_te, pred, labels=labels), index=labels, columns=labels))

    final = LinearSVC(C=0.5, max_iter=20000).fit(X_bal, y_bal)
    pd.DataFrame({"ticket_id": sub["ticket_id"], "prediction": final.predict(X_sub)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
