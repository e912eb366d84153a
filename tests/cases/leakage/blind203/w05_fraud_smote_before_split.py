# Credit card fraud detection with SMOTE + random forest
# dataset: creditcard.csv (V1..V28 are PCA components, Amount, Class)
import pandas as pd
import numpy as np
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import (average_precision_score, roc_auc_score,
                             confusion_matrix, classification_report)

RANDOM_STATE = 7


def get_data():
    df = pd.read_csv("creditcard.csv")
    df = df.drop(columns=["Time"])
    df["log_amount"] = np.log1p(df["Amount"])
    df = df.drop(columns=["Amount"])
    X = df.drop("Class", axis=1)
    y = df["Class"]
    return X, y


def balance(X, y):
    sm = SMOTE(sampling_strategy=0.5, random_state=RANDOM_STATE)
    X_bal, y_bal = sm.fit_resample(X, y)
    print("after SMOTE:", np.bincount(y_bal))
    return X_bal, y_bal


def evaluate(name, model, X_test, y_test):
    p = model.predict_proba(X_test)[:, 1]
    print(f"{name}: AUC={roc_auc_score(y_test, p):.4f} AP={average_precision_score(y_test, p):.4f}")
    return p


if __name__ == "__main__":
    X, y = get_data()
    print("fraud rate:", y.mean())
    X_bal, y_bal = balance(X, y)

    X_train, X_test, y_train, y_test = train_test_split(
        X_bal, y_bal, test_size=0.2, random_state=RANDOM_STATE, stratify=y_bal)

    baseline = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE)
    baseline.fit(X_train, y_train)
    evaluate("baseline", baseline, X_test, y_test)

    rf = RandomForestClassifier(n_estimators=300, n_jobs=-1, min_samples_leaf=2,
                                random_state=RANDOM_STATE)
    rf.fit(X_train, y_train)
    p = evaluate("random forest", rf, X_test, y_test)
    preds = (p >= 0.5).astype(int)
    print(confusion_matrix(y_test, preds))
    print(classification_report(y_test, preds, digits=4))
