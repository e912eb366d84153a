import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score


def train_eval(model, Xtr, ytr, Xte, yte):
    model.fit(Xtr, ytr)
    return roc_auc_score(yte, model.predict_proba(Xte)[:, 1])


df = pd.read_csv("train.csv")
X = df[["tenure_months", "monthly_charges", "support_calls"]].fillna(0)
y = df["churned"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)
print("gbc", train_eval(GradientBoostingClassifier(), X_train, y_train, X_test, y_test))
print("dummy", train_eval(DummyClassifier(), X_train, y_train, X_test, y_test))
