# fraud take-home -- histogram gradient boosting
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

TARGET = "is_fraud"
NOT_FEATURES = ["is_fraud", "transaction_id", "card_id", "timestamp"]


def encode(frame, categories=None):
    frame = frame.copy()
    for c in ["merchant_category", "country"]:
        frame[c] = frame[c].astype(str)
    frame = pd.get_dummies(frame, columns=["merchant_category", "country"], dtype=float)
    frame["amount_log"] = np.log1p(frame["amount"])
    frame["night"] = ((frame["hour"] < 6) | (frame["hour"] > 22)).astype(int)
    return frame


def prepare(df, seed=3):
    data = encode(df)
    feats = [c for c in data.columns if c not in NOT_FEATURES]
    X_train, X_test, y_train, y_test = train_test_split(
        data[feats], data[TARGET], test_size=0.2, stratify=data[TARGET], random_state=seed)
    return X_train, X_test, y_train, y_test, feats


df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, df[TARGET].mean())
print(df.head())

X_train, X_test, y_train, y_test, feats = prepare(df)
print(len(feats), "features:", feats)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy   auc", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]),
      "ap", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))

clf = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.05, max_leaf_nodes=31,
                                     early_stopping=True, validation_fraction=0.15, random_state=3)
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]
print("hgb     auc", roc_auc_score(y_test, p), "ap", average_precision_score(y_test, p))
print("iterations used", clf.n_iter_)

prec, rec, thr = precision_recall_curve(y_test, p)
print("precision at recall>=0.8:", prec[rec >= 0.8].max())

data = encode(df)
clf.fit(data[feats], data[TARGET])
X_sub = encode(sub).reindex(columns=feats, fill_value=0)
pd.DataFrame({"transaction_id": sub["transaction_id"], "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
