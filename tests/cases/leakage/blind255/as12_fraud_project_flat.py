# ==========================================================
# credit-card-fraud-detection  (flattened from src/ folder)
#   src/config.py, src/data.py, src/train.py, src/evaluate.py
# ==========================================================
import os
import json
import joblib
import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (classification_report, roc_auc_score, average_precision_score,
                             f1_score, confusion_matrix)

# ---------------- config.py ----------------
DATA_PATH = "data/creditcard.csv"
TARGET = "Class"
MODEL_DIR = "models"
SEED = 42
TEST_SIZE = 0.25


# ---------------- data.py ----------------
def load_data(path=DATA_PATH):
    df = pd.read_csv(path)
    print(f"loaded {df.shape[0]} rows, {df.shape[1]} cols")
    print(df[TARGET].value_counts())
    return df


def build_features(df):
    df = df.copy()
    df["log_amount"] = np.log1p(df["Amount"])
    df["hour"] = (df["Time"] // 3600) % 24
    X = df.drop(columns=[TARGET, "Amount", "Time"])
    y = df[TARGET]
    return X, y


# ---------------- train.py ----------------
def balance(X, y):
    # only ever called on the training split, test keeps the real fraud ratio
    sm = SMOTE(random_state=SEED)
    X_res, y_res = sm.fit_resample(X, y)
    print("after SMOTE:", np.bincount(y_res))
    return X_res, y_res


def train_model(X_train, y_train):
    clf = RandomForestClassifier(n_estimators=200, max_depth=12, n_jobs=-1, random_state=SEED)
    clf.fit(X_train, y_train)
    os.makedirs(MODEL_DIR, exist_ok=True)
    joblib.dump(clf, os.path.join(MODEL_DIR, "rf.joblib"))
    return clf


# ---------------- evaluate.py ----------------
def evaluate(clf, X_test, y_test, name="model"):
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    res = {
        "roc_auc": roc_auc_score(y_test, proba),
        "pr_auc": average_precision_score(y_test, proba),
        "f1": f1_score(y_test, pred),
    }
    print(f"--- {name} ---")
    print(json.dumps(res, indent=2))
    print(confusion_matrix(y_test, pred))
    return res


# ---------------- main ----------------
if __name__ == "__main__":
    df = load_data()
    X, y = build_features(df)

    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=TEST_SIZE, stratify=y, random_state=SEED)
    X_train_bal, y_train_bal = balance(X_train, y_train)

    clf = train_model(X_train_bal, y_train_bal)
    results = evaluate(clf, X_test, y_test, "random forest")
    print(classification_report(y_test, clf.predict(X_test), digits=4))

    dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)
    evaluate(dummy, X_test, y_test, "dummy baseline")

    with open("metrics.json", "w") as f:
        json.dump(results, f, indent=2)
