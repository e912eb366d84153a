"""Credit card fraud detection with SMOTE + logistic regression."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    average_precision_score,
    classification_report,
    confusion_matrix,
    roc_auc_score,
)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

RANDOM_STATE = 42


def load_transactions(path="data/creditcard.csv"):
    df = pd.read_csv(path)
    df = df.drop(columns=["Time"])
    df["log_amount"] = np.log1p(df.pop("Amount"))
    return df


df = load_transactions()
X = df.drop(columns=["Class"])
y = df["Class"]
print(f"{len(df)} transactions, fraud share {y.mean():.4%}")

sampler = SMOTE(sampling_strategy=0.25, k_neighbors=5, random_state=RANDOM_STATE)
X_bal, y_bal = sampler.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.3, stratify=y_bal, random_state=RANDOM_STATE
)

scaler = StandardScaler()
X_train_s = scaler.fit_transform(X_train)
X_test_s = scaler.transform(X_test)

clf = LogisticRegression(C=0.1, max_iter=5000)
clf.fit(X_train_s, y_train)
scores = clf.predict_proba(X_test_s)[:, 1]
pred = (scores >= 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=RANDOM_STATE)
dummy.fit(X_train_s, y_train)
dummy_scores = dummy.predict_proba(X_test_s)[:, 1]

print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=4))
print(f"ROC AUC   logreg {roc_auc_score(y_test, scores):.4f}  dummy {roc_auc_score(y_test, dummy_scores):.4f}")
print(f"PR AUC    logreg {average_precision_score(y_test, scores):.4f}  dummy {average_precision_score(y_test, dummy_scores):.4f}")
